// What the home page's download forms offer (首页下载表单的选项): every chain by key, and the provinces, cities and
// zones for the region box (names as a person types them; a county is typed by hand). Small lists: the chains a graph
// holds, about 500 regions.
// Parameters: none.
// Example:    (none)
CALL () {
  MATCH (c:Chain)
  WITH c ORDER BY c.id
  RETURN collect({key: c.id, name: c.name}) AS chains
}
CALL () {
  MATCH (r:Region)
  WHERE r.level IN ['PROVINCE', 'CITY', 'ZONE']
  WITH r ORDER BY r.code
  RETURN collect({code: r.code, name: r.name, fullName: coalesce(r.fullName, r.name)}) AS regions
}
RETURN chains, regions
