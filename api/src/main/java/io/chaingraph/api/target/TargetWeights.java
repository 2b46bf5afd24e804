package io.chaingraph.api.target;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The weights of the 补链 score, all in one place ({@code chaingraph.targets.weights.*}, e.g.
 * {@code CHAINGRAPH_TARGETS_WEIGHTS_MISSING=50}). A target's score is the sum of the weights of the reasons that apply
 * to it; the README lists them with these defaults.
 */
@ConfigurationProperties("chaingraph.targets.weights")
public class TargetWeights {

	/** Fills at least one MISSING segment (断点) of the region. */
	private int missing = 40;

	/** Fills a WEAK segment (短板) and no MISSING one. */
	private int weak = 20;

	/** Per gap filled beyond the first (一企补多链). */
	private int additionalGap = 10;

	/** At most this many further gaps count. */
	private int maxAdditionalGaps = 3;

	/** Holds a 链主 designation for this chain (any region's list). */
	private int chainLeader = 30;

	/** Holds a 龙头 or 领航 designation for this chain. */
	private int leadingFirm = 15;

	/** Located in the same city as the region (when the region is below a city: a district, a county, a zone). */
	private int sameCity = 20;

	/** Located in the same province as the region (when the region is below a province). */
	private int sameProvince = 15;

	/** Located in a region that neighbours the region or one above it. */
	private int neighbour = 10;

	/** Located in a member of a cooperation area the region (or one above it) belongs to. */
	private int cooperationArea = 10;

	/** Already supplies a firm of the region. */
	private int suppliesRegion = 20;

	/** Already buys from a firm of the region. */
	private int buysFromRegion = 15;

	/** Weight per tag the firm carries; tags not listed weigh nothing. */
	private Map<String, Integer> tags = defaultTags();

	private static Map<String, Integer> defaultTags() {
		var tags = new LinkedHashMap<String, Integer>();
		tags.put("单项冠军", 25);
		tags.put("专精特新小巨人", 20);
		tags.put("独角兽", 15);
		tags.put("专精特新", 10);
		tags.put("上市", 10);
		tags.put("龙头", 10);
		tags.put("领航", 10);
		tags.put("瞪羚", 8);
		tags.put("高新技术企业", 5);
		tags.put("规上", 2);
		return tags;
	}

	/** The weights as the query takes them ({@code $w}). */
	public Map<String, Object> asParameters() {
		var w = new LinkedHashMap<String, Object>();
		w.put("missing", this.missing);
		w.put("weak", this.weak);
		w.put("additionalGap", this.additionalGap);
		w.put("maxAdditionalGaps", this.maxAdditionalGaps);
		w.put("chainLeader", this.chainLeader);
		w.put("leadingFirm", this.leadingFirm);
		w.put("sameCity", this.sameCity);
		w.put("sameProvince", this.sameProvince);
		w.put("neighbour", this.neighbour);
		w.put("cooperationArea", this.cooperationArea);
		w.put("suppliesRegion", this.suppliesRegion);
		w.put("buysFromRegion", this.buysFromRegion);
		return w;
	}

	public int getMissing() {
		return this.missing;
	}

	public void setMissing(int missing) {
		this.missing = missing;
	}

	public int getWeak() {
		return this.weak;
	}

	public void setWeak(int weak) {
		this.weak = weak;
	}

	public int getAdditionalGap() {
		return this.additionalGap;
	}

	public void setAdditionalGap(int additionalGap) {
		this.additionalGap = additionalGap;
	}

	public int getMaxAdditionalGaps() {
		return this.maxAdditionalGaps;
	}

	public void setMaxAdditionalGaps(int maxAdditionalGaps) {
		this.maxAdditionalGaps = maxAdditionalGaps;
	}

	public int getChainLeader() {
		return this.chainLeader;
	}

	public void setChainLeader(int chainLeader) {
		this.chainLeader = chainLeader;
	}

	public int getLeadingFirm() {
		return this.leadingFirm;
	}

	public void setLeadingFirm(int leadingFirm) {
		this.leadingFirm = leadingFirm;
	}

	public int getSameCity() {
		return this.sameCity;
	}

	public void setSameCity(int sameCity) {
		this.sameCity = sameCity;
	}

	public int getSameProvince() {
		return this.sameProvince;
	}

	public void setSameProvince(int sameProvince) {
		this.sameProvince = sameProvince;
	}

	public int getNeighbour() {
		return this.neighbour;
	}

	public void setNeighbour(int neighbour) {
		this.neighbour = neighbour;
	}

	public int getCooperationArea() {
		return this.cooperationArea;
	}

	public void setCooperationArea(int cooperationArea) {
		this.cooperationArea = cooperationArea;
	}

	public int getSuppliesRegion() {
		return this.suppliesRegion;
	}

	public void setSuppliesRegion(int suppliesRegion) {
		this.suppliesRegion = suppliesRegion;
	}

	public int getBuysFromRegion() {
		return this.buysFromRegion;
	}

	public void setBuysFromRegion(int buysFromRegion) {
		this.buysFromRegion = buysFromRegion;
	}

	public Map<String, Integer> getTags() {
		return this.tags;
	}

	public void setTags(Map<String, Integer> tags) {
		this.tags = tags;
	}

}
