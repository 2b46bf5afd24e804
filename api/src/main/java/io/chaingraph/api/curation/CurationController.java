package io.chaingraph.api.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import io.chaingraph.api.access.Caller;
import io.chaingraph.api.curation.Curation.AddSupplyRelationInput;
import io.chaingraph.api.curation.Curation.DesignateEnterpriseInput;
import io.chaingraph.api.curation.Curation.LinkEnterpriseToProductInput;
import io.chaingraph.api.curation.Curation.LinkEnterpriseToSegmentInput;
import io.chaingraph.api.curation.Curation.RemoveEnterpriseInput;
import io.chaingraph.api.curation.Curation.RemoveSupplyRelationInput;
import io.chaingraph.api.curation.Curation.RevokeDesignationInput;
import io.chaingraph.api.curation.Curation.TagEnterpriseInput;
import io.chaingraph.api.curation.Curation.UnlinkEnterpriseFromProductInput;
import io.chaingraph.api.curation.Curation.UnlinkEnterpriseFromSegmentInput;
import io.chaingraph.api.curation.Curation.UpsertEnterpriseInput;
import io.chaingraph.api.enterprise.Enterprise;
import io.chaingraph.api.graphql.Connection;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The curation mutations and the audit trail; the work is in {@link Curation} and {@link AuditTrail}. */
@Controller
public class CurationController {

	private final Curation curation;

	private final AuditTrail auditTrail;

	public CurationController(Curation curation, AuditTrail auditTrail) {
		this.curation = curation;
		this.auditTrail = auditTrail;
	}

	@MutationMapping
	public Curation.UpsertEnterprisePayload upsertEnterprise(@Argument UpsertEnterpriseInput input,
			@ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller, DataFetchingEnvironment env) {
		return this.curation.upsertEnterprise(caller, input, arguments(env));
	}

	@MutationMapping
	public Curation.RemoveEnterprisePayload removeEnterprise(@Argument RemoveEnterpriseInput input,
			@ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller, DataFetchingEnvironment env) {
		return this.curation.removeEnterprise(caller, input, arguments(env));
	}

	@MutationMapping
	public Curation.LinkEnterprisePayload linkEnterpriseToSegment(@Argument LinkEnterpriseToSegmentInput input,
			@ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller, DataFetchingEnvironment env) {
		return this.curation.linkEnterpriseToSegment(caller, input, arguments(env));
	}

	@MutationMapping
	public Curation.LinkEnterprisePayload unlinkEnterpriseFromSegment(@Argument UnlinkEnterpriseFromSegmentInput input,
			@ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller, DataFetchingEnvironment env) {
		return this.curation.unlinkEnterpriseFromSegment(caller, input, arguments(env));
	}

	@MutationMapping
	public Curation.LinkEnterprisePayload unlinkEnterpriseFromProduct(@Argument UnlinkEnterpriseFromProductInput input,
			@ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller, DataFetchingEnvironment env) {
		return this.curation.unlinkEnterpriseFromProduct(caller, input, arguments(env));
	}

	@MutationMapping
	public Curation.LinkEnterprisePayload linkEnterpriseToProduct(@Argument LinkEnterpriseToProductInput input,
			@ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller, DataFetchingEnvironment env) {
		return this.curation.linkEnterpriseToProduct(caller, input, arguments(env));
	}

	@MutationMapping
	public Curation.TagEnterprisePayload tagEnterprise(@Argument TagEnterpriseInput input,
			@ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller, DataFetchingEnvironment env) {
		return this.curation.tagEnterprise(caller, input, arguments(env));
	}

	@MutationMapping
	public Curation.DesignateEnterprisePayload designateEnterprise(@Argument DesignateEnterpriseInput input,
			@ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller, DataFetchingEnvironment env) {
		return this.curation.designateEnterprise(caller, input, arguments(env));
	}

	@MutationMapping
	public Curation.RevokeDesignationPayload revokeDesignation(@Argument RevokeDesignationInput input,
			@ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller, DataFetchingEnvironment env) {
		return this.curation.revokeDesignation(caller, input, arguments(env));
	}

	@MutationMapping
	public Curation.AddSupplyRelationPayload addSupplyRelation(@Argument AddSupplyRelationInput input,
			@ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller, DataFetchingEnvironment env) {
		return this.curation.addSupplyRelation(caller, input, arguments(env));
	}

	@MutationMapping
	public Curation.RemoveSupplyRelationPayload removeSupplyRelation(@Argument RemoveSupplyRelationInput input,
			@ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller, DataFetchingEnvironment env) {
		return this.curation.removeSupplyRelation(caller, input, arguments(env));
	}

	@QueryMapping
	public Connection<AuditEntry> auditTrail(@Argument AuditTrail.AuditFilter filter, @Argument Integer first,
			@Argument String after) {
		return this.auditTrail.page(filter, first, after);
	}

	/** Every firm's revision in a response from one statement: a page of firms with it asked is no N+1. */
	@BatchMapping(typeName = "Enterprise", field = "revision")
	public Map<Enterprise, String> revision(List<Enterprise> enterprises) {
		var revisions = this.curation.revisions(enterprises.stream().map(Enterprise::key).distinct().toList());
		var answer = new LinkedHashMap<Enterprise, String>();
		enterprises.forEach(e -> answer.put(e, revisions.get(e.key())));
		return answer;
	}

	/** The input as sent, for the audit entry. */
	private static Map<String, Object> arguments(DataFetchingEnvironment env) {
		Map<String, Object> input = env.getArgument("input");
		return input == null ? Map.of() : input;
	}

}
