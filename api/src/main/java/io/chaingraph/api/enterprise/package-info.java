/**
 * Enterprises (企业) and their designations (链主, 领航, 龙头).
 */
package io.chaingraph.api.enterprise;
