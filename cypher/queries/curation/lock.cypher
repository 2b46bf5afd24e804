// Curation: takes the write locks of the firms and the designation a change is about, before it reads them
// (锁定待修改的企业与认定). Neo4j reads without locks: two changes of one firm at once (tagEnterprise adding 链主 while
// another adds 专精特新) each read the tags before the other wrote them, and the later write undid the earlier one.
// Locked first, the later change waits for the earlier one's commit and reads what it left. A property set and
// removed again takes the node's lock and leaves nothing at the commit (removing one it lacks takes no lock). A node
// another change deleted meanwhile fails here (EntityNotFound): Curation runs the change again, finding no such
// thing. The firms are locked in key order, so two changes of the same two firms do not wait for each other in a
// circle.
// Parameters: $firms (enterprise ids, any that exist), $designation (a designation's id, or null).
// Example:    :param firms => ['600362-sh']
//             :param designation => null
CALL () {
  UNWIND $firms AS key
  WITH DISTINCT key ORDER BY key
  MATCH (e:Enterprise {id: key})
  SET e.curationLock = true
  REMOVE e.curationLock
  RETURN count(e) AS firms
}
CALL () {
  OPTIONAL MATCH (d:Designation {id: $designation})
  SET d.curationLock = true // nothing when there is none
  REMOVE d.curationLock
  RETURN count(d) AS designations
}
RETURN firms, designations
