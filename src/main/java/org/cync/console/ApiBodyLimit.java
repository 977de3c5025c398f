package org.cync.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.cync.login.JsonError;

/**
 * Caps every {@code /api} request body at {@link #MAX_BYTES}: a declared larger body is refused
 * before it is read, and a chunked one is read up to one byte past the limit, so no request can
 * make CYNC hold more than that. The body is then handed on from memory. Also makes the container's
 * own error answers under {@code /api} JSON ({@link JsonErrors}).
 */
@WebFilter("/api/*")
public class ApiBodyLimit extends HttpFilter {
  private static final long serialVersionUID = 1L;
  public static final int MAX_BYTES = 1024 * 1024;
  static final String TOO_LARGE =
      "The request body is larger than 1 MB (1,048,576 bytes), the limit of CYNC's API: send less"
          + " (a settings document or a certificate is a few KB).";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletResponse out = new JsonErrors(res);
    if (req.getContentLengthLong() > MAX_BYTES) {
      tooLarge(out);
      return;
    }
    byte[] body = read(req.getInputStream(), MAX_BYTES);
    if (body == null) {
      tooLarge(out);
      return;
    }
    chain.doFilter(new Buffered(req, body), out);
  }

  /** At most {@code max} bytes of {@code in}, or null when it holds more. */
  static byte[] read(InputStream in, int max) throws IOException {
    byte[] bytes = in.readNBytes(max + 1);
    return bytes.length > max ? null : bytes;
  }

  private static void tooLarge(HttpServletResponse res) throws IOException {
    res.setHeader("Connection", "close"); // the rest of the body is not read
    JsonError.write(res, 413, TOO_LARGE);
  }

  /** The request with its body from memory. */
  static final class Buffered extends HttpServletRequestWrapper {
    private final byte[] body;

    Buffered(HttpServletRequest req, byte[] body) {
      super(req);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("CYNC's API reads request bodies blocking.");
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(
          new java.io.InputStreamReader(
              new ByteArrayInputStream(body),
              java.nio.charset.Charset.forName(
                  getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding())));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
