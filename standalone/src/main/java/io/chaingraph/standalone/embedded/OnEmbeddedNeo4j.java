package io.chaingraph.standalone.embedded;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when the embedded Neo4j should run: {@code chaingraph.embedded.enabled} when set, otherwise whenever
 * {@code NEO4J_URI} is not set.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnEmbeddedNeo4j.EmbeddedCondition.class)
public @interface OnEmbeddedNeo4j {

	/** The rule, shared with the {@code load} command. */
	final class EmbeddedCondition implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			var environment = context.getEnvironment();
			return embedded(environment.getProperty("chaingraph.embedded.enabled"),
					environment.getProperty("NEO4J_URI"));
		}

		/** Whether to run embedded, given the explicit switch (may be null) and NEO4J_URI (may be null). */
		public static boolean embedded(String enabled, String neo4jUri) {
			return StringUtils.hasText(enabled) ? Boolean.parseBoolean(enabled.strip()) : !StringUtils.hasText(neo4jUri);
		}

	}

}
