package io.chaingraph.api.curation;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.Props;
import io.chaingraph.api.graphql.Source;

/** The GraphQL type {@code AuditEntry}: one change made through the API. */
public record AuditEntry(String key, String at, String actor, String mutation, String arguments, String entityType,
		String entityKey, String before, String after, Source source) {

	public String entityId() {
		return GlobalId.of(this.entityType, this.entityKey);
	}

	public static AuditEntry of(Map<String, Object> p) {
		var at = p.get("at") instanceof ZonedDateTime time ? time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
				: Props.text(p, "at");
		var mutation = Props.text(p, "mutation");
		var source = Source.of(p);
		// An entry keeps no datasets list, from which Source reads curated: every entry but a load's is a change the
		// curation API made (it said curated: false on each, as if the change had come from elsewhere).
		source = new Source(source.reference(), source.quote(), source.illustrative(), source.dataSetKeys(),
				!"load".equals(mutation));
		return new AuditEntry(Props.text(p, "id"), at, Props.text(p, "actor"), mutation, Props.text(p, "arguments"),
				Props.text(p, "entityType"), Props.text(p, "entityKey"), Props.text(p, "before"), Props.text(p, "after"),
				source);
	}

}
