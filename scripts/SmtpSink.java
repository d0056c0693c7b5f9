import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A mail server for benchmarks that accepts every message and keeps none, so that the notifications a
 * registration sends cost what a real relay costs, not a refused connection and a retry later.
 *
 *   java scripts/SmtpSink.java 2525
 */
public class SmtpSink {

	public static void main(String[] args) throws IOException {
		int port = args.length > 0 ? Integer.parseInt(args[0]) : 2525;
		try (ServerSocket server = new ServerSocket(port, 200, InetAddress.getLoopbackAddress())) {
			while (true) {
				Socket client = server.accept();
				Thread thread = new Thread(() -> serve(client));
				thread.setDaemon(true);
				thread.start();
			}
		}
	}

	private static void serve(Socket client) {
		try (client;
				BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
				PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
			reply(out, "220 sink ESMTP");
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
				switch (command) {
					case "EHLO", "HELO" -> reply(out, "250 sink");
					case "DATA" -> {
						reply(out, "354 go ahead");
						while ((line = in.readLine()) != null && !line.equals(".")) {
							// the message is dropped
						}
						reply(out, "250 accepted");
					}
					case "QUIT" -> {
						reply(out, "221 bye");
						return;
					}
					default -> reply(out, "250 ok");
				}
			}
		}
		catch (IOException closed) {
			// the client went away; nothing to keep
		}
	}

	private static void reply(PrintWriter out, String text) {
		out.print(text + "\r\n");
		out.flush();
	}
}
