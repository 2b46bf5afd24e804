// A chain by name or alias (按名称或别名查产业链).
// Parameters: $name.
// Example:    :param name => '有色金属'
MATCH (c:Chain)
WHERE c.name = $name OR $name IN coalesce(c.aliases, [])
RETURN c {.*} AS item
ORDER BY c.id
LIMIT 1
