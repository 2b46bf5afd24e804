/**
 * Regions (地区): the administrative hierarchy, development zones and cooperation areas.
 */
package io.chaingraph.api.region;
