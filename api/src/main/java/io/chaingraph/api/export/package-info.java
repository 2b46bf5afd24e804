/**
 * Downloads for 招商 teams: the gap table and the 补链 target list as CSV (UTF-8 with BOM, so Excel opens it right)
 * and Excel (.xlsx), with Chinese column headers, from plain HTTP GET endpoints taking the GraphQL arguments.
 */
package io.chaingraph.api.export;
