package io.chaingraph.api.graphql;

import java.util.ArrayList;
import java.util.TreeSet;
import java.util.regex.Pattern;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.chaingraph.api.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema's own lint: every type, field, argument, input field and enum value carries a description with both
 * English and Chinese in it, and every *Connection type is a well-formed Relay connection.
 */
@ApiTest
class SchemaLintTest {

	private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

	private static final Pattern LATIN = Pattern.compile("[A-Za-z]{2,}");

	@Autowired
	GraphQlSource source;

	private static boolean bilingual(String description) {
		return description != null && CJK.matcher(description).find() && LATIN.matcher(description).find();
	}

	private GraphQLSchema schema() {
		return this.source.schema();
	}

	private static boolean ours(GraphQLNamedType type) {
		return !type.getName().startsWith("__") && !Pattern.matches("String|Int|Float|Boolean|ID", type.getName());
	}

	/** The page-size refusal suggests 'after' only where there is one: the fields without it are the interceptor's list. */
	@Test
	void theFieldsThatTakeFirstWithoutAfterAreTheLimitsList() {
		var unpaged = new TreeSet<String>();
		for (var type : schema().getAllTypesAsList()) {
			if (ours(type) && type instanceof GraphQLFieldsContainer container) {
				for (var field : container.getFieldDefinitions()) {
					if (field.getArgument("first") != null && field.getArgument("after") == null) {
						unpaged.add(field.getName());
					}
				}
			}
		}
		assertThat(unpaged).isEqualTo(new TreeSet<>(QueryLimitsInterceptor.UNPAGED));
	}

	@Test
	void everythingIsDescribedInEnglishAndChinese() {
		var missing = new ArrayList<String>();
		for (var type : schema().getAllTypesAsList()) {
			if (!ours(type)) {
				continue;
			}
			if (!bilingual(type.getDescription())) {
				missing.add(type.getName());
			}
			if (type instanceof GraphQLFieldsContainer container) {
				for (var field : container.getFieldDefinitions()) {
					if (!bilingual(field.getDescription())) {
						missing.add(type.getName() + "." + field.getName());
					}
					field.getArguments().stream().filter(a -> !bilingual(a.getDescription()))
						.forEach(a -> missing.add(type.getName() + "." + field.getName() + "(" + a.getName() + ")"));
				}
			}
			if (type instanceof GraphQLInputObjectType input) {
				input.getFieldDefinitions().stream().filter(f -> !bilingual(f.getDescription()))
					.forEach(f -> missing.add(type.getName() + "." + f.getName()));
			}
			if (type instanceof GraphQLEnumType enumType) {
				enumType.getValues().stream().filter(v -> !bilingual(v.getDescription()))
					.forEach(v -> missing.add(type.getName() + "." + v.getName()));
			}
		}
		assertThat(missing).as("undescribed or not bilingual").isEmpty();
	}

	@Test
	void connectionsAreWellFormed() {
		var connections = schema().getAllTypesAsList().stream()
			.filter(t -> t instanceof GraphQLObjectType && t.getName().endsWith("Connection"))
			.map(GraphQLObjectType.class::cast)
			.toList();
		assertThat(connections).isNotEmpty();
		for (var connection : connections) {
			var node = connection.getName().substring(0, connection.getName().length() - "Connection".length());
			assertThat(typeName(connection.getFieldDefinition("edges"))).isEqualTo("[" + node + "Edge!]!");
			assertThat(typeName(connection.getFieldDefinition("nodes"))).as("%s.nodes", connection.getName())
				.isEqualTo("[" + node + "!]!");
			assertThat(typeName(connection.getFieldDefinition("pageInfo"))).isEqualTo("PageInfo!");
			assertThat(typeName(connection.getFieldDefinition("totalCount"))).isEqualTo("Int!");
			var edge = (GraphQLObjectType) schema().getType(node + "Edge");
			assertThat(typeName(edge.getFieldDefinition("cursor"))).isEqualTo("String!");
			assertThat(typeName(edge.getFieldDefinition("node"))).isEqualTo(node + "!");
		}
		// PageInfo as the Relay connection spec has it (Relay's @connection and Apollo's relayStylePagination read all four).
		var pageInfo = (GraphQLObjectType) schema().getType("PageInfo");
		assertThat(typeName(pageInfo.getFieldDefinition("hasNextPage"))).isEqualTo("Boolean!");
		assertThat(typeName(pageInfo.getFieldDefinition("hasPreviousPage"))).isEqualTo("Boolean!");
		assertThat(typeName(pageInfo.getFieldDefinition("startCursor"))).isEqualTo("String");
		assertThat(typeName(pageInfo.getFieldDefinition("endCursor"))).isEqualTo("String");
		// Every field returning a connection takes first and after.
		for (var type : schema().getAllTypesAsList()) {
			if (type instanceof GraphQLObjectType object && ours(type)) {
				for (var field : object.getFieldDefinitions()) {
					if (typeName(field).endsWith("Connection!")) {
						assertThat(field.getArgument("first")).as("%s.%s first", type.getName(), field.getName()).isNotNull();
						assertThat(field.getArgument("after")).as("%s.%s after", type.getName(), field.getName()).isNotNull();
					}
				}
			}
		}
	}

	@Test
	void everyObjectWithAnIdIsANode() {
		for (var type : schema().getAllTypesAsList()) {
			if (type instanceof GraphQLObjectType object && ours(type) && object.getFieldDefinition("id") != null) {
				assertThat(object.getInterfaces()).as(type.getName()).anyMatch(i -> i.getName().equals("Node"));
			}
		}
	}

	private static String typeName(GraphQLFieldDefinition field) {
		return graphql.schema.GraphQLTypeUtil.simplePrint(field.getType());
	}


}
