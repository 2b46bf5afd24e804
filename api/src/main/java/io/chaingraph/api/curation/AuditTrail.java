package io.chaingraph.api.curation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.GraphQLFieldDefinition;

import io.chaingraph.api.enterprise.EnterpriseNames;
import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.ErrorCode;
import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Connection;
import io.chaingraph.api.graphql.CursorScope;
import io.chaingraph.api.graphql.QueryLimits;
import io.chaingraph.model.rules.Slips;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/** Reads the audit trail: newest first, filtered, in keyset pages (the cursor carries time and id). */
@Component
public class AuditTrail {

	/**
	 * The zone a time written without one (a date, 2026-07-01, or 2026-07-01T09:00) is read in: the 招商 offices' own,
	 * so that a quarter asked by its dates starts at their midnight, not at 08:00 (UTC's).
	 */
	public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	/** The GraphQL input {@code AuditFilter}. */
	public record AuditFilter(String entity, String actor, String since, String until, List<String> mutations) {
	}

	/** The first {@code limit} entries a filter matches, newest first, and how many match in all. */
	public record Entries(List<AuditEntry> entries, int totalCount) {
	}

	private final GraphReads reads;

	private final QueryLimits limits;

	private final ObjectProvider<GraphQlSource> schema;

	private final EnterpriseNames firmNames;

	public AuditTrail(GraphReads reads, QueryLimits limits, ObjectProvider<GraphQlSource> schema,
			EnterpriseNames firmNames) {
		this.reads = reads;
		this.firmNames = firmNames;
		this.limits = limits;
		this.schema = schema;
	}

	public Connection<AuditEntry> page(AuditFilter filter, Integer first, String after) {
		int size = Connection.size(first, this.limits.defaultPageSize(), this.limits.maxPageSize());
		var parameters = parameters(filter, "filter.");
		var scope = CursorScope.of("auditTrail", "filter", parameters.get("entityType"), parameters.get("entityKey"),
				parameters.get("actor"), parameters.get("since"), parameters.get("until"), parameters.get("mutations"));
		var position = scope.position(after);
		int total = this.reads.single("curation/audit-count", parameters, r -> r.get("total").asInt());
		ZonedDateTime afterAt = null;
		String afterId = null;
		if (position != null) {
			int split = position.indexOf('\u0000');
			try {
				afterAt = ZonedDateTime.parse(position.substring(0, split));
				afterId = position.substring(split + 1);
			}
			catch (RuntimeException ex) {
				throw new ApiException(ErrorCode.BAD_INPUT, "'" + after + "' is not a cursor of this list (无效的分页游标)");
			}
		}
		parameters.put("afterAt", afterAt);
		parameters.put("afterId", afterId);
		parameters.put("limit", size + 1);
		var fetched = this.reads.list("curation/audit-page", parameters, r -> AuditEntry.of(r.get("item").asMap()));
		return Connection.of(fetched, size, scope, e -> e.at() + "\u0000" + e.key(), total);
	}

	/** The newest {@code limit} entries a filter matches in one list, for a download; the same filter as {@link #page}. */
	public Entries list(AuditFilter filter, int limit) {
		// A download's parameters are since, entity …, not the query's filter.since
		var parameters = parameters(filter, "");
		int total = this.reads.single("curation/audit-count", parameters, r -> r.get("total").asInt());
		parameters.put("afterAt", null);
		parameters.put("afterId", null);
		parameters.put("limit", limit);
		return new Entries(this.reads.list("curation/audit-page", parameters, r -> AuditEntry.of(r.get("item").asMap())),
				total);
	}

	/**
	 * The statements' parameters of a filter, checked (null when not asked), its refusals naming each field after
	 * {@code prefix} ({@code filter.} for the query).
	 */
	private Map<String, Object> parameters(AuditFilter filter, String prefix) {
		var f = filter == null ? new AuditFilter(null, null, null, null, null) : filter;
		var parameters = new HashMap<String, Object>();
		for (var asked : new String[][] { { "entity", f.entity() }, { "actor", f.actor() } }) {
			if (asked[1] != null && asked[1].isBlank()) {
				// matched nothing, read as "no such change"
				throw ApiException.badInput(prefix + asked[0] + ": empty; leave it out to list every "
						+ asked[0] + "'s entries, or give one (为空：不筛选请省略该项)");
			}
		}
		GlobalId entity = null;
		if (f.entity() != null) {
			try {
				entity = GlobalId.decode(f.entity(), null);
			}
			catch (ApiException notAnId) {
				// A key as a team has it (600362-sh, a firm of its own data set): of any type.
				entity = new GlobalId(null, entityKey(f.entity(), prefix));
			}
		}
		parameters.put("entityType", entity == null ? null : entity.type());
		parameters.put("entityKey", entity == null ? null : entity.key());
		parameters.put("actor", f.actor() == null ? null : f.actor().strip());
		var since = time(prefix + "since", f.since());
		var until = time(prefix + "until", f.until());
		if (since != null && until != null && !until.isAfter(since)) {
			throw ApiException.badInput(prefix + "until: expected a time after since (" + f.since().strip() + "), found '"
					+ f.until().strip() + "': until is the first moment not listed (截止时间应晚于起始时间，且不含截止时间)");
		}
		parameters.put("since", since);
		parameters.put("until", until);
		parameters.put("mutations", mutations(f.mutations(), prefix));
		return parameters;
	}

	/**
	 * The key an auditor's text means: the key itself when the trail has entries of it (a removed firm's too), else
	 * as ids are written (lower case: 600362-SH), else the firm a name or alias names (江西铜业股份有限公司), which found
	 * nothing and read as "no change"; a name several firms share is refused with their ids. Else the text as given.
	 */
	private String entityKey(String given, String prefix) {
		var text = Slips.halfWidth(given.strip());
		for (var key : new java.util.LinkedHashSet<>(List.of(text, text.toLowerCase(java.util.Locale.ROOT)))) {
			var one = new HashMap<String, Object>();
			one.put("entityType", null);
			one.put("entityKey", key);
			for (var unset : List.of("actor", "since", "until", "mutations")) {
				one.put(unset, null);
			}
			if (this.reads.single("curation/audit-count", one, r -> r.get("total").asInt()) > 0) {
				return key;
			}
		}
		var found = this.firmNames.matches(text);
		var ids = found.items().stream().map(io.chaingraph.api.enterprise.Enterprise::key).toList();
		if (found.count() > 1) {
			throw ApiException.badInput(prefix + "entity: '" + text + "' names " + found.count() + " firms: " + String.join(", ", ids)
					+ "; give one's id (名称对应多家企业，请改用企业编号)");
		}
		return ids.isEmpty() ? text : ids.getFirst();
	}

	/**
	 * The mutation names asked for, each one the schema has or {@code load} (GraphLoader.LOAD_MUTATION: the api does not
	 * depend on the loader): a name it lacks would match nothing and read as "no such change", so it is refused with
	 * what it may mean. Null when not asked.
	 */
	private List<String> mutations(List<String> names, String prefix) {
		if (names == null) {
			return null;
		}
		// And the loader's: a load that set a value of a firm the API had changed says so in the trail too.
		var known = java.util.stream.Stream.concat(this.schema.getObject().schema().getMutationType().getFieldDefinitions()
			.stream()
			.map(GraphQLFieldDefinition::getName), java.util.stream.Stream.of("load")).toList();
		for (var name : names) {
			if (!known.contains(name)) {
				var near = known.stream()
					.filter(k -> k.equalsIgnoreCase(name) || Slips.distance(k.toLowerCase(), name.toLowerCase()) <= 2)
					.toList();
				throw new ApiException(ErrorCode.BAD_INPUT, prefix + "mutations: '" + name + "' is no mutation of this API; "
						+ (near.isEmpty() ? "it has " + String.join(", ", known) + " (可选：" + String.join("、", known) + ")"
								: Slips.didYouMean(near)), Map.of("suggestions", near.isEmpty() ? known : near));
			}
		}
		return List.copyOf(names);
	}

	/**
	 * A time in UTC, the zone {@code datetime()} records entries in: Neo4j orders two datetimes of one instant in
	 * different zones apart (2026-09-30T16:00Z is "less than" 2026-10-01T00:00+08:00), so {@code until} in Beijing
	 * time listed the entry of its very instant.
	 */
	private static ZonedDateTime utc(ZonedDateTime time) {
		return time.withZoneSameInstant(ZoneOffset.UTC);
	}

	/**
	 * An ISO-8601 time with its offset (2026-07-01T00:00:00Z, 2026-07-01T08:00+08:00); one without (2026-07-01T08:00,
	 * or with a space for the T), or a date (its start), in Beijing time ({@link #BEIJING}). Null when not asked.
	 */
	private static ZonedDateTime time(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var given = text.strip();
		try {
			return utc(OffsetDateTime.parse(given).toZonedDateTime());
		}
		catch (DateTimeParseException ex) {
			try {
				return utc(given.length() == 10 ? LocalDate.parse(given).atStartOfDay(BEIJING)
						: LocalDateTime.parse(given.replaceFirst(" ", "T")).atZone(BEIJING));
			}
			catch (DateTimeParseException again) {
				throw ApiException.badInput(field + ": expected an ISO-8601 time such as 2026-11-23T20:00:00Z, "
						+ "a date 2026-11-23 or a time 2026-11-23 08:30 (both in Beijing time), found '" + text
						+ "' (时间格式应为 ISO-8601，如 2026-11-23 或 2026-11-23 08:30，按北京时间)");
			}
		}
	}

}
