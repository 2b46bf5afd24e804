package io.chaingraph.api.enterprise;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.ErrorCode;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Names;
import io.chaingraph.api.region.RegionNames;
import io.chaingraph.api.search.Search;
import io.chaingraph.model.rules.Slips;

import org.springframework.stereotype.Component;

/**
 * Firms by the names documents write: the registered name, else the name as the data set lists an alias or short
 * name (赣锋锂业), in full width, either case or traditional characters too ({@code enterprise/by-name}, through the
 * full-text index: firm names have no other). For {@code enterprise(name:)}, the audit trail's entity filter and the
 * curation API's hint for a firm's name where its id belongs; a name two firms share is refused with their keys and
 * regions.
 */
@Component
public class EnterpriseNames extends Names<Enterprise> {

	private final GraphReads reads;

	private final RegionNames regions;

	public EnterpriseNames(GraphReads reads, RegionNames regions) {
		super(reads, "Enterprise 企业", "enterprise/by-name", "enterprise/by-keys", null, Enterprise::of, Enterprise::key,
				Enterprise::name, e -> describe(e, regions), "give the key (企业名称不唯一，请改用企业编号)");
		this.reads = reads;
		this.regions = regions;
	}

	/**
	 * The firm of a unified social credit code or a stock code, as {@code search} reads codes (600362, 600362.SH,
	 * SH600362, lower case, full width: {@link Search#keys}); null when none has it ({@code enterprise/by-code}).
	 * @throws ApiException BAD_INPUT naming the firms when the code is more than one's (a bare stock code listed on
	 * two exchanges)
	 */
	public Enterprise byCode(String code) {
		var found = this.reads.list("enterprise/by-code", Map.of("keys", Search.keys(code)),
				r -> Enterprise.of(r.get("item").asMap()));
		if (found.size() > 1) {
			var candidates = found.stream().map(e -> describe(e, this.regions)).toList();
			throw new ApiException(ErrorCode.BAD_INPUT, "Enterprise 企业 code '" + code.strip() + "' is " + found.size()
					+ " firms': " + String.join(", ", candidates) + "; give the code with its exchange or the key (代码对应多家企业，请写明交易所或改用企业编号)",
					Map.of("code", code, "candidates", candidates));
		}
		return found.isEmpty() ? null : found.getFirst();
	}

	/** 江西铜业股份有限公司 (600362-sh, 江西省鹰潭市): asked only for a name several firms share, at most ten. */
	private static String describe(Enterprise firm, RegionNames regions) {
		var region = firm.regionCode() == null ? null : regions.byKey(firm.regionCode());
		return firm.name() + " (" + firm.key() + (region == null ? "" : ", " + region.fullName()) + ")";
	}

	/**
	 * None for a text without a letter or digit ("", "（）"): the full-text index has no phrase of it to read. For a
	 * name no firm's holds as a phrase, the firms holding its words, compared with their brackets left out
	 * ({@link #bracketsLeftOut}).
	 */
	@Override
	public Matches<Enterprise> matches(String name) {
		if (name.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return new Matches<>(List.of(), 0);
		}
		var found = super.matches(name);
		return found.count() == 0 ? bracketsLeftOut(name) : found;
	}

	/**
	 * The firms whose name or alias is the name once the brackets of both are left out, what they hold kept:
	 * 孚能科技赣州股份有限公司 is 孚能科技(赣州)股份有限公司, 昌河飞机工业(集团)有限责任公司 昌河飞机工业集团有限责任公司. The
	 * full-text index pairs no characters across a bracket, so the phrase the lookup reads first misses them: this
	 * reads the best 100 firms holding any of the name's pairs instead ({@code enterprise/by-name} compares those),
	 * once per reading, on a miss only. Two firms that differ only in brackets are refused with both, as any name
	 * two share.
	 */
	private Matches<Enterprise> bracketsLeftOut(String name) {
		for (var reading : readings(Slips.halfWidth(name.strip()))) {
			var words = reading.replaceAll("[()\\[\\]【】]", " ").strip();
			if (words.codePoints().noneMatch(Character::isLetterOrDigit)) {
				continue;
			}
			var found = this.reads.list("enterprise/by-name",
					Map.of("name", reading, "query", Search.lucene(words), "bare", true),
					r -> Map.entry(Enterprise.of(r.get("item").asMap()), r.get("matches").asInt()));
			if (!found.isEmpty()) {
				return new Matches<>(found.stream().map(Map.Entry::getKey).toList(), found.getFirst().getValue());
			}
		}
		return new Matches<>(List.of(), 0);
	}

	@Override
	protected Map<String, Object> byNameParameters(String name) {
		return Map.of("name", name, "query", "\"" + Search.lucene(name) + "\"", "bare", false);
	}

	/**
	 * None: a name no firm has is null, and what a firm's name may have been is {@code search}'s to answer (a
	 * statement comparing the text with every firm's name would read 1,000,000 of them).
	 */
	@Override
	public List<Enterprise> suggestions(String text) {
		return List.of();
	}

}
