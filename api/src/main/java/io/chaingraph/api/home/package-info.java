/**
 * The service's home page at {@code /} (首页): what the service is, forms for every download, links to GraphiQL, Neo4j
 * Browser and health; and the page a browser shows when a download is refused. For the 招商 staff who open the
 * address in a browser and would otherwise meet an error page.
 */
package io.chaingraph.api.home;
