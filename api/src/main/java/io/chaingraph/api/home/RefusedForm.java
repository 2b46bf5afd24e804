package io.chaingraph.api.home;

import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.chaingraph.api.graphql.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * A home page form whose download was refused for what was typed in it (a region 赣洲, a province 浙): the form again,
 * every field as it was sent, and the message beside the field it is about, named by the field's label (目标地区, not
 * {@code region:}), a link at the page's top leading to it. A separate error page named the download's parameter,
 * and its link back brought an empty form. No script (nor {@code autofocus}, which Safari on a phone ignores): the
 * page works in any browser a government office runs.
 */
final class RefusedForm {

	/** The forms' downloads, named as the forms' headings' ids are. */
	private static final Set<String> FORMS = Set.of("chain-gaps", "supplement-targets", "chain-gap-overview",
			"compare-regions", "regional-complementarity", "enterprises");

	private static final Pattern DOWNLOAD = Pattern.compile("/export/([a-z-]+)\\.[A-Za-z]+$");

	/** The codes of a refusal of what was typed; others (a token, Neo4j away) say nothing about a field. */
	private static final Set<ErrorCode> TYPED = Set.of(ErrorCode.NOT_FOUND, ErrorCode.BAD_INPUT, ErrorCode.LIMIT_EXCEEDED);

	private static final Pattern FORM = Pattern.compile("<form aria-labelledby=\"([^\"]+)\".*?</form>", Pattern.DOTALL);

	private static final Pattern FIELD = Pattern.compile("<(input|select)\\b([^>]*)>");

	private static final Pattern SELECT = Pattern.compile("(<select\\b[^>]*\\bname=\"([^\"]+)\"[^>]*>)(.*?)(</select>)",
			Pattern.DOTALL);

	/** {@code region: Region 地区 '赣洲' not found}: the refusal names the parameter it is about first… */
	private static final Pattern ABOUT = Pattern.compile("^([A-Za-z][\\w.]*): ");

	/** …or as {@code Parameter 'chain' is 201 characters}. */
	private static final Pattern PARAMETER = Pattern.compile("^Parameter '([\\w.]+)'");

	private final String id;

	private final HttpServletRequest request;

	private RefusedForm(String id, HttpServletRequest request) {
		this.id = id;
		this.request = request;
	}

	/** The form whose download the request is, when it was refused for what was typed; null otherwise. */
	static RefusedForm of(HttpServletRequest request, HttpStatus status, ErrorCode code) {
		if (!status.is4xxClientError() || !TYPED.contains(code)) {
			return null;
		}
		var download = DOWNLOAD.matcher(request.getRequestURI());
		return download.find() && FORMS.contains(download.group(1)) ? new RefusedForm(download.group(1), request) : null;
	}

	/** The forms' section with this form filled in as sent and the message in it. */
	String fill(String forms, String message) {
		var found = FORM.matcher(forms);
		while (found.find()) {
			if (found.group(1).equals(this.id)) {
				// At the page's top, where a phone opens it, the way down to the form (the sixth is far below).
				var heading = Pattern.compile("<h3 id=\"" + this.id + "\">([^<]+?) <").matcher(found.group());
				var notice = "<p class=\"message\"><a href=\"#" + this.id + "-error\">「" + (heading.find() ? heading.group(1) : "")
						+ "」未能下载，请按表单中的提示修改后再下载。</a></p>\n  ";
				int top = forms.indexOf("<form");
				return forms.substring(0, top) + notice + forms.substring(top, found.start())
						+ fillForm(found.group(), message) + forms.substring(found.end());
			}
		}
		throw new IllegalStateException("No form " + this.id);
	}

	private String fillForm(String form, String message) {
		var parameter = parameter(message);
		var out = new StringBuilder();
		var fields = FIELD.matcher(form);
		var seen = new HashMap<String, Integer>();
		int at = 0;
		int invalid = -1; // where the message goes: after the label of the field it is about
		String label = null;
		while (fields.find()) {
			var attributes = fields.group(2);
			var name = attribute(attributes, "name");
			out.append(form, at, fields.start());
			at = fields.end();
			if (name == null) {
				out.append(fields.group());
				continue;
			}
			int nth = seen.merge(name, 1, Integer::sum) - 1;
			var sent = this.request.getParameterValues(name);
			var value = sent != null && nth < sent.length ? sent[nth] : null;
			if ("checkbox".equals(attribute(attributes, "type"))) {
				attributes = attributes.replace(" checked", "");
				if (sent != null && List.of(sent).contains(attribute(attributes, "value"))) {
					attributes += " checked";
				}
			}
			else if ("input".equals(fields.group(1)) && value != null) {
				attributes = attributes.replaceFirst(" value=\"[^\"]*\"", "") + " value=\"" + HtmlUtils.htmlEscape(value) + "\"";
			}
			// Of two fields of one name (地区一, 地区二), the one holding the value the message quotes.
			if (invalid < 0 && name.equals(parameter) && (sent == null || sent.length < 2 || value != null
					&& message.contains("'" + value.strip() + "'"))) {
				attributes += " aria-invalid=\"true\" aria-describedby=\"" + this.id + "-error\"";
				label = labelOf(form.substring(0, fields.start()));
				invalid = out.length();
			}
			out.append('<').append(fields.group(1)).append(attributes).append('>');
		}
		out.append(form, at, form.length());
		// In the form's words: 目标地区：Region 地区 '赣洲' not found, where the JSON says region:.
		var words = label == null ? message : label + "：" + (ABOUT.matcher(message).find()
				? message.substring(parameter.length() + 2) : message);
		var note = "<p class=\"message\" id=\"" + this.id + "-error\">未能下载。" + HtmlUtils.htmlEscape(words) + "</p>";
		int end = invalid < 0 ? -1 : out.indexOf("</label>", invalid);
		String filled;
		if (end >= 0) {
			end += "</label>".length();
			filled = out.substring(0, end) + "\n    " + note + out.substring(end);
		}
		else {
			// about no field of the form (tags, status in an address passed on): under the form's heading
			int first = out.indexOf("<label>");
			filled = out.substring(0, first) + note + "\n    " + out.substring(first);
		}
		return selected(filled);
	}

	/** Each select with the option sent chosen; one the list lacks (a chain typed by name in an address) added. */
	private String selected(String form) {
		var selects = SELECT.matcher(form);
		var out = new StringBuilder();
		while (selects.find()) {
			var sent = this.request.getParameterValues(selects.group(2));
			var options = selects.group(3);
			if (sent != null && !sent[0].isEmpty()) {
				var value = "<option value=\"" + HtmlUtils.htmlEscape(sent[0]) + "\"";
				options = options.contains(value + ">") ? options.replace(value + ">", value + " selected>")
						: value + " selected>" + HtmlUtils.htmlEscape(sent[0]) + "</option>" + options;
			}
			selects.appendReplacement(out, Matcher.quoteReplacement(selects.group(1) + options + selects.group(4)));
		}
		return selects.appendTail(out).toString();
	}

	/** The parameter a refusal names, or null. */
	private static String parameter(String message) {
		var about = ABOUT.matcher(message);
		if (about.find()) {
			return about.group(1);
		}
		var named = PARAMETER.matcher(message);
		return named.find() ? named.group(1) : null;
	}

	/** The label's text before the field just after {@code before}: 目标地区, 限定省份 (without 可空). */
	private static String labelOf(String before) {
		int open = before.lastIndexOf("<label>");
		var text = open < 0 ? "" : before.substring(open + "<label>".length()).strip();
		return text.isEmpty() || text.contains("<") ? null : text.replace("（可空）", "");
	}

	private static String attribute(String attributes, String name) {
		var value = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
		return value.find() ? value.group(1) : null;
	}

}
