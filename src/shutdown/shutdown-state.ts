import { Injectable } from '@nestjs/common';

/** Whether a graceful shutdown has begun; readiness turns 503 from that moment. */
@Injectable()
export class ShutdownState {
  private shuttingDown = false;

  get isShuttingDown(): boolean {
    return this.shuttingDown;
  }

  begin(): void {
    this.shuttingDown = true;
  }
}
