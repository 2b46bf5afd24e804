package io.chaingraph.api.home;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.access.AccessProperties;
import io.chaingraph.api.access.ApiTokens;
import io.chaingraph.api.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page a browser opens at {@code /}: its forms, submitted as a browser submits them (every field, empty ones
 * too; an unticked box left out), download what they say; a refused download and an unknown address read as pages
 * in the service's own words, with nothing the request typed run as HTML.
 */
@ApiTest
@ExtendWith(DemoGraph.Loaded.class)
class HomePageTest {

	/** What Chrome and Firefox send when they open an address or submit a form. */
	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>(.*?)</form>", Pattern.DOTALL);

	private static final Pattern FIELD = Pattern.compile("<(input|select)\\b([^>]*)>");

	private static final Pattern DOWNLOAD = Pattern.compile("formaction=\"([^\"]+)\"");

	@Autowired
	TestRestTemplate http;

	private ResponseEntity<byte[]> open(String address) {
		var headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT, BROWSER);
		// As a browser resolves the page's links, relative to the home page's address.
		var url = URI.create(this.http.getRootUri() + "/").resolve(address);
		return this.http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
	}

	private static String text(ResponseEntity<byte[]> response) {
		return new String(response.getBody(), StandardCharsets.UTF_8);
	}

	@Test
	void everyFormDownloadsItsFile() {
		var home = open("/");
		assertThat(home.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(home.getHeaders().getContentType().toString()).startsWith("text/html");
		var page = text(home);
		assertThat(page).contains("<link rel=\"stylesheet\" href=\"home/home.css\">");
		assertThat(open("home/home.css").getHeaders().getContentType().toString()).startsWith("text/css");
		// The demo's chains to choose from, its regions offered while typing.
		assertThat(page).contains("<option value=\"jx-nonferrous\">有色金属（jx-nonferrous）</option>",
				"<option value=\"赣州市\">江西省赣州市 3607</option>", "<option value=\"江苏省\">32</option>");
		// What a person picks or types; everything else as the page gives it.
		var typed = Map.of("chain", List.of("jx-nonferrous"), "region", List.of("赣州市"), "regions", List.of("江西省", "江苏省"));
		var forms = FORM.matcher(page);
		var downloaded = new ArrayList<String>();
		while (forms.find()) {
			var form = forms.group(1);
			var query = new StringBuilder();
			var fields = FIELD.matcher(form);
			var used = new java.util.HashMap<String, Integer>();
			while (fields.find()) {
				var attributes = fields.group(2);
				var name = attribute(attributes, "name");
				if (name == null || "checkbox".equals(attribute(attributes, "type"))) {
					continue; // an unticked box is not sent
				}
				String value;
				int nth = used.merge(name, 1, Integer::sum) - 1;
				if (attributes.contains("required")) {
					value = typed.get(name).get(nth);
				}
				else {
					value = attribute(attributes, "value") == null ? "" : attribute(attributes, "value");
				}
				query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
			var actions = DOWNLOAD.matcher(form);
			while (actions.find()) {
				var address = actions.group(1);
				var file = open(address + query);
				assertThat(file.getStatusCode()).as(address + query + ": " + text(file)).isEqualTo(HttpStatus.OK);
				assertThat(file.getHeaders().getContentType().toString()).as(address)
					.startsWith(address.endsWith(".csv") ? "text/csv" : "application/vnd.openxmlformats");
				assertThat(file.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
				downloaded.add(address);
			}
		}
		assertThat(downloaded).containsExactlyInAnyOrder("export/chain-gaps.xlsx", "export/chain-gaps.csv",
				"export/supplement-targets.xlsx", "export/supplement-targets.csv", "export/chain-gap-overview.xlsx",
				"export/chain-gap-overview.csv", "export/compare-regions.xlsx", "export/compare-regions.csv",
				"export/regional-complementarity.xlsx", "export/regional-complementarity.csv",
				"export/enterprises.xlsx", "export/enterprises.csv");
	}

	@Test
	void aRefusedDownloadReadsAsAPageToABrowserAndAsJsonToAScript() {
		// The audit trail has no form: its refusal is a page of its own, with the way back.
		var refused = open("export/audit-trail.xlsx?since=" + URLEncoder.encode("<script>alert(1)</script>",
				StandardCharsets.UTF_8));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getHeaders().getContentType().toString()).startsWith("text/html");
		assertThat(text(refused)).contains("<title>无法完成请求 · ChainGraph</title>", "since: expected", "BAD_INPUT",
				"&lt;script&gt;alert(1)&lt;/script&gt;", "<a href=\"/\">返回首页</a>").doesNotContain("<script>");
		var script = this.http.getForEntity("/export/chain-gaps.xlsx?chain=nope&region=36", String.class);
		assertThat(script.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(script.getBody()).startsWith("{\"code\":\"NOT_FOUND\"");
	}

	/**
	 * A form refused for what was typed in it (a province 浙) comes back as the home page: the form as it was sent,
	 * the message beside the field in the form's words (限定省份, not province:), the field marked, a link at the top. An
	 * error page named the parameter, and its link back brought an empty form. A script still gets the JSON.
	 */
	@Test
	void aRefusedFormComesBackFilledInWithTheMessageBesideItsField() {
		var refused = open("export/supplement-targets.xlsx?chain=jx-nonferrous&region=36&province="
				+ URLEncoder.encode("浙", StandardCharsets.UTF_8) + "&limit=50");
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(refused.getHeaders().getContentType().toString()).startsWith("text/html");
		var page = text(refused);
		// Answered at /export/…: the page's links and forms still lead where the home page's do.
		assertThat(page).contains("<title>下载未完成 · ChainGraph 产业链知识图谱服务</title>",
				"<link rel=\"stylesheet\" href=\"/home/home.css\">", "formaction=\"/export/enterprises.csv\"",
				"<a href=\"/graphiql\">",
				// at the top, where a phone opens the page, the way down to the message
				"<p class=\"message\"><a href=\"#supplement-targets-error\">「补链目标企业」未能下载");
		var form = form(page, "supplement-targets");
		assertThat(form).contains("<option value=\"jx-nonferrous\" selected>", "name=\"region\" list=\"regions\" required placeholder=\"如 江西省 或 36\" value=\"36\">",
				"value=\"浙\" aria-invalid=\"true\" aria-describedby=\"supplement-targets-error\">",
				"value=\"50\">", "</label>\n    <p class=\"message\" id=\"supplement-targets-error\">未能下载。限定省份：Region 地区 &#39;浙&#39; not found (未找到)</p>")
			.doesNotContain("province:");
		// The other forms as the home page has them.
		assertThat(form(page, "chain-gaps")).doesNotContain(" selected>", "aria-invalid", "class=\"message\"");
		var script = this.http.getForEntity("/export/supplement-targets.xlsx?chain=jx-nonferrous&region=36&province="
				+ URLEncoder.encode("浙", StandardCharsets.UTF_8), String.class);
		assertThat(script.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(script.getBody()).startsWith("{\"code\":\"NOT_FOUND\",\"message\":\"province: ");
	}

	/** What was typed comes back escaped, in a field or as a chain the list lacks; of two regions, the one refused. */
	@Test
	void whatARefusedFormTypedComesBackEscaped() {
		var script = URLEncoder.encode("<script>alert(1)</script>\"", StandardCharsets.UTF_8);
		var regions = text(open("export/compare-regions.csv?chain=jx-nonferrous&regions=36&regions=" + script));
		var form = form(regions, "compare-regions");
		assertThat(form).contains("value=\"36\">", "value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;\" aria-invalid=\"true\"",
				"未能下载。地区二：Region 地区 &#39;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39; not found")
			.doesNotContain("value=\"36\" aria-invalid");
		var chain = form(text(open("export/chain-gaps.xlsx?region=36&weakBelow=3&chain=" + script)), "chain-gaps");
		assertThat(chain).contains("<option value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;\" selected>&lt;script&gt;",
				"未能下载。产业链：Chain 产业链");
		assertThat(regions + chain).doesNotContain("<script>");
	}

	private static String form(String page, String id) {
		var form = Pattern.compile("<form aria-labelledby=\"" + id + "\".*?</form>", Pattern.DOTALL).matcher(page);
		assertThat(form.find()).as(id).isTrue();
		return form.group();
	}

	@Test
	void anUnknownAddressReadsAsAPageNotSpringsWhitelabel() {
		var missing = open("chain-gaps");
		assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(text(missing)).contains("<title>页面不存在 · ChainGraph</title>", "路径不存在", "返回首页")
			.doesNotContain("Whitelabel");
		assertThat(this.http.getForEntity("/chain-gaps", String.class).getBody()).contains("\"code\":\"NOT_FOUND\"");
	}

	@Test
	void whereQueriesNeedATokenThePageSaysSoAndListsNothing() {
		var reader = new AccessProperties.Token("reader", null, "a-long-enough-reader-token", Set.of(Role.READER));
		var closed = new ApiTokens(new AccessProperties(List.of(reader), true, List.of()));
		// no graph behind it: a closed deployment's page reads nothing
		var page = new HomePage(null, closed).home().getBody();
		assertThat(page).contains("本部署的查询与下载需要 API 令牌").doesNotContain("<form", "<option");
	}

	/**
	 * For a screen reader: the English beside the Chinese is marked English (read in an English voice, not spelt out
	 * by a Chinese one), and each form is named by its heading, its buttons described by it: six forms have six
	 * "下载 Excel" buttons, which a list of the page's buttons told apart by nothing.
	 */
	@Test
	void aScreenReaderKnowsTheLanguageOfEachPartAndWhichFormAButtonDownloads() {
		var page = text(open("/"));
		var error = text(open("chain-gaps"));
		var closed = HomePage.read("home/closed.html");
		for (var html : List.of(page, error, closed)) {
			var english = Pattern.compile("<span class=\"en\"([^>]*)>").matcher(html);
			int spans = 0;
			while (english.find()) {
				spans++;
				assertThat(english.group(1)).as(english.group()).contains("lang=\"en\"");
			}
			assertThat(spans).isPositive();
		}
		var forms = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL).matcher(page);
		var names = new ArrayList<String>();
		while (forms.find()) {
			var id = attribute(forms.group(1), "aria-labelledby");
			assertThat(id).as(forms.group(1)).isNotNull();
			assertThat(forms.group(2)).contains("<h3 id=\"" + id + "\">");
			var buttons = Pattern.compile("<button\\b([^>]*)>").matcher(forms.group(2));
			int count = 0;
			while (buttons.find()) {
				count++;
				assertThat(attribute(buttons.group(1), "aria-describedby")).as(buttons.group()).isEqualTo(id);
			}
			assertThat(count).isEqualTo(2);
			names.add(id);
		}
		assertThat(names).hasSize(6).doesNotHaveDuplicates();
	}

	/**
	 * For a finger on a phone: every field and button at least 44 px high (2.75rem at the browser's 16 px), the
	 * checkbox larger than the browser's 13 px, and no field wider than the phone (a long chain's name in a select).
	 */
	@Test
	void theControlsAreLargeEnoughForAFingerAndNoWiderThanAPhone() {
		var css = text(open("home/home.css")).replaceAll("\\s+", " ");
		assertThat(rule(css, "input, select, button")).contains("min-height: 2.75rem", "max-width: 100%");
		assertThat(rule(css, "input[type=checkbox]")).contains("width: 1.25rem", "height: 1.25rem");
		assertThat(rule(css, "label")).contains("max-width: 100%");
	}

	/** The declarations of the rule with exactly this selector. */
	private static String rule(String css, String selector) {
		var m = Pattern.compile("(?:^|\\}|\\*/) ?" + Pattern.quote(selector) + " \\{([^}]*)\\}").matcher(css);
		assertThat(m.find()).as("a rule for " + selector + " in " + css).isTrue();
		return m.group(1);
	}

	private static String attribute(String attributes, String name) {
		Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
		return m.find() ? m.group(1) : null;
	}

}
