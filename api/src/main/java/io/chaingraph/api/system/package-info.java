/**
 * Operations: the schema applied at start, service facts for {@code /actuator/info} and the {@code about} query.
 */
package io.chaingraph.api.system;
