package io.chaingraph.api.home;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import io.chaingraph.api.access.ApiTokens;
import io.chaingraph.api.graphql.ErrorCode;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Neo4jFailures;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The home page at {@code /}: a form for each download (产业链缺口表, 补链目标企业, 缺口总览, 区域对比, 区域互补, 企业名单),
 * with the graph's chains to choose from and its provinces, cities and zones offered while typing a region. Plain
 * HTML forms that a browser submits to {@code /export/…} as they are: no script, so it works in any browser a
 * government office runs. Where queries need a token, a browser cannot send one: the page says so instead.
 */
@Controller
public class HomePage {

	static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	private final GraphReads reads;

	private final ApiTokens tokens;

	private final String page = read("home/index.html");

	private final String downloads = read("home/downloads.html");

	/** What stands in for the forms where queries need a token. */
	private final String closed = read("home/closed.html");

	private final String error = read("home/error.html");

	private final String style = read("home/home.css");

	/** The Neo4j Browser's files are in the standalone service's jar only. */
	private final boolean browser = new ClassPathResource("browser/index.html").exists();

	public HomePage(GraphReads reads, ApiTokens tokens) {
		this.reads = reads;
		this.tokens = tokens;
	}

	@GetMapping(path = "/", produces = "text/html;charset=UTF-8")
	@ResponseBody
	public ResponseEntity<String> home() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.contentType(HTML)
			.body(page(this.tokens.queriesRequireToken() ? this.closed : forms()));
	}

	/** The forms, with the graph's chains and regions to choose from. */
	private String forms() {
		var choices = this.reads.single("home/choices", Map.of(), r -> r);
		List<Map<String, Object>> chains = choices.get("chains").asList(v -> v.asMap());
		List<Map<String, Object>> regions = choices.get("regions").asList(v -> v.asMap());
		var chainOptions = chains.stream()
			.map(c -> option(text(c, "key"), text(c, "name") + "（" + text(c, "key") + "）"))
			.collect(Collectors.joining());
		var regionOptions = regions.stream()
			.map(r -> option(text(r, "name"), text(r, "fullName") + " " + text(r, "code")))
			.collect(Collectors.joining());
		var provinceOptions = regions.stream()
			.filter(r -> text(r, "code").length() == 2)
			.map(r -> option(text(r, "name"), text(r, "code")))
			.collect(Collectors.joining());
		return fill(this.downloads, Map.of("chains", chainOptions, "regions", regionOptions, "provinces",
				provinceOptions));
	}

	/** The home page around its downloads section. */
	private String page(String body) {
		// Where the password is, never the password: a page is what a hostile page in the same browser might read.
		var browserLink = this.browser ? "    <li><a href=\"browser/\">Neo4j Browser</a>：图数据库浏览器，供分析人员查看与查询图谱。"
				+ "内置数据库的用户名为 neo4j，密码在服务启动时显示，并保存在数据库文件夹的 neo4j-password 文件中；"
				+ "外部数据库用其自己的账号。<span class=\"en\" lang=\"en\">The graph for analysts. The embedded Neo4j's user is neo4j;"
				+ " its password is shown when the service starts and kept in neo4j-password in the store folder.</span></li>\n"
				: "";
		return fill(this.page, Map.of("downloads", body, "browser", browserLink));
	}

	/**
	 * The page reads the chains and regions its forms offer: with Neo4j away (or too slow) a browser is told so in the
	 * service's words, 503 as for a download, where it got a 500 "internal error" and the log a stack trace.
	 */
	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<String> unavailable(RuntimeException ex, HttpServletRequest request) {
		var failure = Neo4jFailures.of(ex);
		if (failure == null) {
			throw ex;
		}
		return refused(request, HttpStatus.SERVICE_UNAVAILABLE, failure.code(), failure.message());
	}

	@GetMapping(path = "/home/home.css", produces = "text/css;charset=UTF-8")
	@ResponseBody
	public ResponseEntity<String> style() {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(this.style);
	}

	/**
	 * Whether a refused request came from a browser opening the address (a form's download, a link): it names HTML
	 * first. Scripts and curl ask for anything or JSON, and get the JSON body as before.
	 */
	public static boolean fromBrowser(HttpServletRequest request) {
		var accept = request == null ? null : request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null) {
			return false;
		}
		try {
			// Browsers list text/html first when they open a page or follow a link; fetch() and curl do not.
			var types = MediaType.parseMediaTypes(accept);
			return !types.isEmpty() && MediaType.TEXT_HTML.equalsTypeAndSubtype(types.getFirst());
		}
		catch (org.springframework.http.InvalidMediaTypeException ex) {
			return false;
		}
	}

	/**
	 * A refused download as a page. A form's download refused for what was typed (a region 赣洲, a province 浙) comes
	 * back as the home page, the form filled in as it was sent and the message beside the field, in the form's words
	 * ({@link RefusedForm}); anything else (Neo4j away, a token wanted) as a page in the JSON's words with a link back.
	 */
	public ResponseEntity<String> refused(HttpServletRequest request, HttpStatus status, ErrorCode code, String message) {
		var form = RefusedForm.of(request, status, code);
		if (form != null && !this.tokens.queriesRequireToken()) {
			try {
				// The page answers at /export/…: its links and forms lead from the service's root, as the home page's
				// do (not a <base>, which would turn the link down to the message into one to an empty home page).
				var root = Matcher.quoteReplacement(HtmlUtils.htmlEscape(request.getContextPath() + "/"));
				var page = page(form.fill(forms(), message))
					.replaceFirst("<title>[^<]*</title>", "<title>下载未完成 · ChainGraph 产业链知识图谱服务</title>")
					.replaceAll("\\b(href|action|formaction)=\"(?![a-z]+:|/|#)", "$1=\"" + root);
				return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).contentType(HTML).body(page);
			}
			catch (RuntimeException ex) {
				// the choices could not be read: the plain page, in the same words
			}
		}
		return ResponseEntity.status(status).contentType(HTML).body(refusedPage(request, status, code, message));
	}

	/** The page, its links from the service's root (a context path included), wherever the refused address was. */
	String refusedPage(HttpServletRequest request, HttpStatus status, ErrorCode code, String message) {
		var title = status == HttpStatus.NOT_FOUND && code == ErrorCode.NOT_FOUND && message.contains("路径不存在") ? "页面不存在"
				: status.is5xxServerError() ? "暂时无法完成" : "无法完成请求";
		return fill(this.error, Map.of("title", HtmlUtils.htmlEscape(title), "message", HtmlUtils.htmlEscape(message),
				"code", code.name(), "status", Integer.toString(status.value()),
				"root", HtmlUtils.htmlEscape(request.getContextPath() + "/")));
	}

	private static String option(String value, String label) {
		return "<option value=\"" + HtmlUtils.htmlEscape(value) + "\">" + HtmlUtils.htmlEscape(label) + "</option>";
	}

	private static String text(Map<String, Object> map, String key) {
		var value = map.get(key);
		return value == null ? "" : value.toString();
	}

	/** The template with each {@code {{name}}} replaced by its (already escaped) text, in one pass. */
	static String fill(String template, Map<String, String> values) {
		var out = new StringBuilder(template.length() + 4096);
		int at = 0;
		while (true) {
			int open = template.indexOf("{{", at);
			if (open < 0) {
				return out.append(template, at, template.length()).toString();
			}
			int close = template.indexOf("}}", open);
			var value = values.get(template.substring(open + 2, close));
			if (value == null) {
				throw new IllegalStateException("No value for " + template.substring(open, close + 2));
			}
			out.append(template, at, open).append(value);
			at = close + 2;
		}
	}

	static String read(String path) {
		try (var in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
