// Takes the 统一社会信用代码 from firms that give it to another firm of the data set being loaded (统一社会信用代码转移),
// in the load's transaction before any firm is written: Neo4j checks the constraint enterprise_credit_code at each
// write, so a code that moves (a correction on two rows) would otherwise be refused whenever its new firm comes first.
// Each firm gets its own code back when its row is written.
// Parameters: $ids, the firms' ids.
// Example:    :param ids => ['yichun-lithium']
UNWIND $ids AS id
MATCH (e:Enterprise {id: id})
REMOVE e.creditCode
