/**
 * Chinese search over names and codes (中文检索).
 */
package io.chaingraph.api.search;
