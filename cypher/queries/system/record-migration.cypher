// Records that one schema migration was applied (记录一次结构迁移).
// Parameters: $version (integer), $description, $checksum (SHA-256 of the file), $path.
// Written by SchemaMigrator only; not for hand use.
MERGE (m:SchemaMigration {version: $version})
  ON CREATE SET m.appliedAt = datetime()
SET m.description = $description,
    m.checksum = $checksum,
    m.path = $path
