/**
 * Regions: the national administrative divisions (province → city → county, GB/T 2260) shipped as reference data.
 */
package io.chaingraph.loader.region;
