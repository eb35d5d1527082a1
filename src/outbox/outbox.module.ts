import { Global, Module } from '@nestjs/common';
import { OutboxRelay } from './outbox-relay';

/**
 * The transactional outbox's relay, shared by every feature that writes events; each registers
 * its handlers with OutboxRelay. The OutboxRepository port comes from RelationalModule.
 */
@Global()
@Module({ providers: [OutboxRelay], exports: [OutboxRelay] })
export class OutboxModule {}
