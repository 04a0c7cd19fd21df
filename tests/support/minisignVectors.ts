/**
 * Files written by minisign 0.11 (Debian): `minisign -G -W`, then `minisign -S` (prehashed, the default) and
 * `minisign -S -l` (legacy) over `signedContent`. Fixed texts, so the format tests need no minisign binary.
 */
export const signedContent = 'hello 外办\nx\n';

export const minisignPub =
  'untrusted comment: minisign public key D4AA385A124138DA\nRWTaOEESWjiq1LF/yBmnFLvp0Nmh1vXMxzSu8A7JwS+nm45YSrmLqJeg\n';

export const prehashedSig = [
  'untrusted comment: signature from minisign secret key',
  'RUTaOEESWjiq1DRa3c/q9YX6DullrrxS1ALnFKGIh5dMwuMkbi993t3HyN0tAJk/91Eqmx37cOmqP0eRm1qLtfmvTtpcWxh06Ao=',
  'trusted comment: timestamp:1795815345\tfile:f.txt\thashed',
  'RoAuBJzfFgM+5DDuS5AgWJoso8NXuSzv4+DFNIoxTamHTg8ToBgv9xQo8Blm1U0BQ+Y9g5G+vq5WrisK39/cAQ==',
  '',
].join('\n');

export const legacySig = [
  'untrusted comment: signature from minisign secret key',
  'RWTaOEESWjiq1EvAmaZhzDDvihPwzMF+4YkoykumtgUPiDsOzhFsL8TbgQFM+i2Pd2hgSepkqwt8BgCrd0OyxY5hNmlQGRvwtwA=',
  'trusted comment: timestamp:1795815345\tfile:f.txt',
  'VilK6LLnEhRo4SxKmLKpcu4I6nK0N3Ga+vrbCjCXlD7zjTl9lg/IqdkkM2YQFnTgoyePYSSALd8LxWaND1A3Ag==',
  '',
].join('\n');
