// Curation: revokes a designation: removes it and its links (撤销认定). The audit entry written with it keeps what
// it was.
// Parameters: $key, the designation's id.
// Example:    :param key => 'LEADING:jx-nonferrous:36:600362-sh'
MATCH (d:Designation {id: $key})
DETACH DELETE d
RETURN count(*) AS revoked
