package io.chaingraph.loader;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShellWordTest {

	/** What a real shell reads back from each word is the word itself, as one argument. */
	@Test
	void aShellReadsEachWordBackAsItWas() throws Exception {
		for (var word : new String[] { "/data/江西 招商数据", "it's (2026)", "$HOME `id` \"x\" \\ *?;&|<>#~!", "",
				"/srv/南昌招商数据", "my-data_v2.1" }) {
			var process = new ProcessBuilder("sh", "-c", "printf '%s|' " + ShellWord.of(word)).start();
			var read = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor()).isZero();
			assertThat(read).as(ShellWord.of(word)).isEqualTo(word + "|");
		}
		assertThat(ShellWord.of("/srv/南昌招商数据")).as("plain words stay as typed").isEqualTo("/srv/南昌招商数据");
	}

}
