/**
 * Industrial clusters, bases and belts (产业集群 / 基地 / 产业带).
 */
package io.chaingraph.api.cluster;
