import type { Random } from './prng';

/**
 * Invented people: common Dutch first names combined at random with common Dutch surnames.
 * Any resemblance to a real civil servant is chance; ids and e-mail addresses mark every
 * person as fictitious.
 */

// Kept as one string per list so the lists stay compact under the formatter.
const FIRST_NAMES: readonly string[] = (
  'Anna Anouk Astrid Bart Bas Bram Carlijn Chantal Daan Dennis Dewi Dirk Eline Els Emma ' +
  'Erik Esther Eva Fatima Femke Floor Frank Gerard Gijs Hanneke Hans Hatice Hugo Ilse ' +
  'Ingrid Iris Jan Janneke Jasper Jeroen Joost Jorien Julia Karin Kees Koen Lars Laura ' +
  'Lieke Linda Lotte Luuk Maaike Marieke Mark Martijn Maarten Mehmet Merel Milan Mohamed ' +
  'Monique Naima Nadia Niels Noor Paul Petra Pieter Priya Rachid Renske Rik Rob Roos Ruben ' +
  'Sandra Sanne Sarah Sem Sietske Simone Sophie Stefan Suzanne Sven Thijs Thomas Tim Tom ' +
  'Vera Wendy Willem Wouter Yasmina Youssef Yvonne Zeynep Ahmet Annemieke Berend Douwe ' +
  'Geert Hilde Jelle Jildou Marloes Mirjam Nienke Olaf Rianne Sjoerd Tjitske Wietske Ymke'
).split(' ');

/** Surnames with their tussenvoegsel ("van der Meer"), written as after a first name. */
const SURNAMES: readonly string[] = (
  'Jansen,de Jong,de Vries,van den Berg,van Dijk,Bakker,Janssen,Visser,Smit,Meijer,de Boer,' +
  'Mulder,de Groot,Bos,Vos,Peters,Hendriks,van Leeuwen,Dekker,Brouwer,de Wit,Dijkstra,Smits,' +
  'de Graaf,van der Meer,van der Linden,Kok,Jacobs,de Haan,Vermeulen,van den Heuvel,' +
  'van der Veen,van den Broek,de Bruijn,de Bruin,van der Heijden,Schouten,van Beek,Willems,' +
  'van Vliet,van de Ven,Hoekstra,Maas,Verhoeven,Koster,van Dam,van der Wal,Prins,Blom,' +
  'Huisman,Peeters,de Lange,Kuipers,van Wijk,Postma,Kuiper,Veenstra,Kramer,van den Brink,' +
  'Scholten,van Wijngaarden,Post,Martens,Vink,de Ruiter,Timmermans,Groen,Gerritsen,Jonker,' +
  'van Loon,Boer,van der Velde,Willemsen,Evers,Claassen,van Rijn,Lammers,Wolters,Koopman,' +
  'van Doorn,Bosman,ter Horst,Bouwman,Wouters,Hermans,Sanders,van Zanten,Aksoy,Yilmaz,' +
  'El Amrani,Bouali,Tahiri,Kaya,Pinas,Ramdin,Nguyen,in ’t Veld,van ’t Hof,Zwart,Haverkamp'
).split(',');

export interface InventedName {
  full: string;
  /** Local part of the e-mail address, before a number that makes it unique. */
  emailLocal: string;
}

function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

export function inventName(random: Random): InventedName {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(SURNAMES);
  return {
    full: `${first} ${last}`,
    emailLocal: `${asciiSlug(first)}.${asciiSlug(last)}`,
  };
}

/** Reserved example domain (RFC 2606 style), so no address can reach a real mailbox. */
export const DEMO_EMAIL_DOMAIN = 'demo.example.nl';
