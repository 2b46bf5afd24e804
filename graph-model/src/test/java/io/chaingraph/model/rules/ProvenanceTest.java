package io.chaingraph.model.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProvenanceTest {

	@Test
	void knownKindsPass() {
		assertThat(Provenance.problems("file:赣州市重点企业名单.xlsx", null)).isEmpty();
		assertThat(Provenance.problems("illustrative", null)).isEmpty();
	}

	/** A Chinese input method types the colon in full width: the source meant is said, not only "the wrong form". */
	@Test
	void aFullWidthColonOrACapitalKindIsShownAsMeant() {
		assertThat(Provenance.problems("file：赣州市重点企业名单.xlsx", null)).singleElement()
			.satisfies(p -> assertThat(p.found()).isEqualTo("'file：赣州市重点企业名单.xlsx' (来源格式不对); did you mean"
					+ " 'file:赣州市重点企业名单.xlsx'? (您是否要写：file:赣州市重点企业名单.xlsx；冒号须为半角)"));
		assertThat(Provenance.problems("Registry:上海证券交易所", null)).singleElement()
			.satisfies(p -> assertThat(p.found()).contains("did you mean 'registry:上海证券交易所'?"));
		assertThat(Provenance.problems("江西省政府网站", null)).singleElement()
			.satisfies(p -> assertThat(p.found()).isEqualTo("'江西省政府网站' (来源格式不对)"));
	}

}
