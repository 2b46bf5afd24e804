// Whether a chain and a region exist (产业链与地区是否存在): tells which one a gap question named wrongly.
// Parameters: $chain (chain id), $region (region code).
// Example:    :param chain => 'jx-nonferrous'  :param region => '36'
RETURN EXISTS { (:Chain {id: $chain}) } AS chainFound, EXISTS { (:Region {code: $region}) } AS regionFound
