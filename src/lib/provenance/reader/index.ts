/** The number reader's public face: DESIGN.md, "Reading numbers". */
export { readNumbers } from './read';
export { publicMention, QUALIFIERS, UNITS, type Mention, type PublicMention, type Qualifier, type Unit } from './types';
