import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useSession } from '../../session';
import { useAreaLists } from './areas';
import { CoverageSection } from './coverage';
import { SkillGapsSection } from './gaps';
import { KnowledgeAtRiskSection } from './risk';
import './hr.css';

/**
 * HR: kennis en tekorten. For HR advisers: the skill gaps of an area, the knowledge that hangs on
 * one or two people, and how the members of a collaboration compare, with CSV and the heatmap.
 * Everything needs an HR role; the API refuses others and the sections say so.
 */
export function HrPage(_props: { id?: string }) {
  const { session } = useSession();
  // The lists of municipalities and collaborations are loaded once for all three sections.
  const lists = useAreaLists();
  return (
    <>
      <Heading1>HR: kennis en tekorten</Heading1>
      <Paragraph>
        Voor HR-adviseurs en strategische personeelsplanning: welke vaardigheden de uitdagingen van
        uw gemeente of regio vragen en waar ze ontbreken, welke kennis op één of twee mensen rust,
        en hoe de gemeenten van een samenwerkingsverband zich tot elkaar verhouden.
      </Paragraph>
      <Paragraph>
        {session
          ? 'Met een HR-rol ziet u de aantallen van uw eigen gemeente precies. Kleine aantallen over andere gemeenten zijn afgeschermd, zodat niemand aan te wijzen is.'
          : 'Hiervoor is een HR-rol nodig: meld u aan met een account dat die rol heeft.'}
      </Paragraph>
      <SkillGapsSection lists={lists} />
      <KnowledgeAtRiskSection lists={lists} />
      <CoverageSection lists={lists} />
    </>
  );
}
