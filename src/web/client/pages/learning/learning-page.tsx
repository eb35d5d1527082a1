import './learning.css';
import { ProgrammeOverview } from './list';
import { ProgrammeDetail } from './programme';

/**
 * Leerprogramma's, the coordinator's view: without an id the programmes and a form to start one;
 * with an id one programme, its people, circles, mentor pairs and report.
 */
export function LearningPage({ id }: { id?: string }) {
  return (
    <div className="kn-learning-page">
      {id ? <ProgrammeDetail key={id} id={id} /> : <ProgrammeOverview />}
    </div>
  );
}
