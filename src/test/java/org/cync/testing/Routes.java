package org.cync.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every API route and every console page, read from the code itself (the compiled JAX-RS resources,
 * the {@code .xhtml} files and web.xml's unprotected patterns), so that a new route is covered by
 * the security test the day it is written, without anybody adding it to a list.
 */
public final class Routes {
  private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");
  private static final Pattern PARAM = Pattern.compile("\\{\\s*([A-Za-z0-9_]+)\\s*(:[^}]*)?}");

  private Routes() {}

  /** One HTTP method on one path template of the API, e.g. {@code PUT /api/accounts/{name}}. */
  public record Route(String method, String template) {
    public boolean changes() {
      return !method.equals("GET");
    }

    /** The template with each parameter replaced by the value the function gives for its name. */
    public String path(java.util.function.UnaryOperator<String> valueOf) {
      Matcher m = PARAM.matcher(template);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Matcher.quoteReplacement(valueOf.apply(m.group(1))));
      }
      m.appendTail(out);
      return out.toString();
    }

    @Override
    public String toString() {
      return method + " " + template;
    }
  }

  /** Every resource method of every {@code @Path} class under {@code target/classes}. */
  public static List<Route> api() {
    Path classes = Path.of("target", "classes");
    String base = "/" + trim(applicationPath(classes));
    List<Route> routes = new ArrayList<>();
    for (Class<?> type : classes(classes)) {
      jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
      if (root == null) {
        continue;
      }
      for (Method m : type.getMethods()) {
        jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
        for (Annotation a : m.getAnnotations()) {
          jakarta.ws.rs.HttpMethod http =
              a.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
          if (http != null && HTTP_METHODS.contains(http.value())) {
            String path =
                base + "/" + trim(root.value()) + (sub == null ? "" : "/" + trim(sub.value()));
            routes.add(new Route(http.value(), path.replaceAll("/+$", "")));
          }
        }
      }
    }
    if (routes.isEmpty()) {
      throw new AssertionError("no JAX-RS resource found under " + classes.toAbsolutePath());
    }
    return routes.stream()
        .distinct()
        .sorted(java.util.Comparator.comparing(Route::toString))
        .toList();
  }

  /** Every page of the console: the {@code .xhtml} files of webapp/ outside WEB-INF. */
  public static List<String> pages() {
    Path webapp = Path.of("webapp");
    try (Stream<Path> files = Files.walk(webapp)) {
      List<String> pages =
          files
              .filter(p -> p.toString().endsWith(".xhtml"))
              .map(p -> "/" + webapp.relativize(p).toString().replace('\\', '/'))
              .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
              .sorted()
              .toList();
      if (pages.isEmpty()) {
        throw new AssertionError("no page found under " + webapp.toAbsolutePath());
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The URL patterns web.xml leaves open to everybody: those of a security-constraint without an
   * auth-constraint.
   */
  public static List<String> publicPatterns() {
    try {
      var doc =
          DocumentBuilderFactory.newDefaultInstance()
              .newDocumentBuilder()
              .parse(Path.of("webapp", "WEB-INF", "web.xml").toFile());
      List<String> open = new ArrayList<>();
      NodeList constraints = doc.getElementsByTagName("security-constraint");
      for (int i = 0; i < constraints.getLength(); i++) {
        Element c = (Element) constraints.item(i);
        if (c.getElementsByTagName("auth-constraint").getLength() == 0) {
          NodeList patterns = c.getElementsByTagName("url-pattern");
          for (int j = 0; j < patterns.getLength(); j++) {
            open.add(patterns.item(j).getTextContent().strip());
          }
        }
      }
      return open;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read web.xml", e);
    }
  }

  /**
   * Whether a path matches one of web.xml's patterns (exact, {@code /prefix/*} or {@code *.ext}).
   */
  public static boolean matches(String path, List<String> patterns) {
    for (String p : patterns) {
      if (p.equals(path)
          || (p.endsWith("/*") && path.startsWith(p.substring(0, p.length() - 1)))
          || (p.startsWith("*.") && path.endsWith(p.substring(1)))) {
        return true;
      }
    }
    return false;
  }

  private static String applicationPath(Path classes) {
    for (Class<?> type : classes(classes)) {
      jakarta.ws.rs.ApplicationPath app = type.getAnnotation(jakarta.ws.rs.ApplicationPath.class);
      if (app != null) {
        return app.value();
      }
    }
    throw new AssertionError("no @ApplicationPath class under " + classes.toAbsolutePath());
  }

  private static List<Class<?>> classes(Path root) {
    try (Stream<Path> files = Files.walk(root.resolve("org"))) {
      List<Class<?>> out = new ArrayList<>();
      List<String> unloadable = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = root.relativize(f).toString().replace('/', '.').replace('\\', '.');
        name = name.substring(0, name.length() - ".class".length());
        if (name.endsWith("package-info") || name.startsWith("org.cync.launcher.")) {
          continue;
        }
        try {
          out.add(Class.forName(name, false, Routes.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
          unloadable.add(name + " (" + e + ")");
        }
      }
      if (!unloadable.isEmpty()) {
        // A class we cannot read might be a resource: better to fail than to miss a route.
        throw new AssertionError("cannot load, so cannot check for routes: " + unloadable);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String trim(String p) {
    return p.replaceAll("^/+", "").replaceAll("/+$", "");
  }
}
