/**
 * Enterprises (企业): identity rules such as the 统一社会信用代码 check character.
 */
package io.chaingraph.loader.enterprise;
