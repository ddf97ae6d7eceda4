/**
 * Words too common to say two posts are about the same thing, in French and
 * English, already folded (lowercase, no accents) as `significantWords`
 * compares them. Short on purpose: words under three letters are dropped
 * anyway, and a brand's own name is left in (two posts naming it are related).
 */
const FRENCH = `
  les des une est sont etait ete etre avoir avait ont aux avec pour par sur sous dans
  entre vers chez sans mais donc car que qui quoi dont quand comme ainsi alors aussi
  encore toujours jamais deja plus moins tres trop peu bien mal tout tous toute toutes
  rien personne autre autres meme memes cette ces cet celui celle ceux celles ceci cela
  leur leurs notre nos votre vos mon ton son mes tes ses elle elles nous vous ils lui
  moi toi soi fait faire fais font peut peuvent pouvez doit dois faut vais vas va
  suis sommes etes fut sera seront serait avez avons aurait ici voila oui non pas
  apres avant depuis pendant contre selon hier aujourd demain quel quelle quels quelles
  chaque plusieurs certains certaines parce puis jusqu lorsque tandis hui
`;

const ENGLISH = `
  the and for are was were been being has have had having this that these those with
  without from into onto about above below over under again further then once here
  there when where why how all any both each few more most other some such only own
  same than too very can could will would shall should may might must not nor just
  don doesn didn isn aren wasn weren won wouldn shouldn couldn you your yours our ours
  their theirs his her hers its him she they them what which who whom whose off out
  because until while also even ever still yet get got gets make made really like
`;

/** Words of links, retweets and the like: they carry no topic. */
const SOCIAL = 'http https www com org net html amp via lol mdr ptdr';

export const STOP_WORDS: ReadonlySet<string> = new Set(
  `${FRENCH} ${ENGLISH} ${SOCIAL}`.split(/\s+/u).filter(Boolean),
);
