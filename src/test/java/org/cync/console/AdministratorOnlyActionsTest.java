package org.cync.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.NormalScope;
import jakarta.inject.Named;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cync.roles.AdministratorOnly;
import org.junit.jupiter.api.Test;

/**
 * Keeps every console action that may change something behind {@link AdministratorOnly}, found from
 * the code: every page bean (a {@code @Named} bean of a normal scope) and every action the pages
 * name. A new action fails here until it is either guarded or added, with its reason, to the
 * read-only list below.
 */
class AdministratorOnlyActionsTest {

  /** Actions a Viewer may run, and why each reads only or changes only what is the caller's own. */
  private static final Map<String, String> READ_ONLY =
      Map.of(
          "LoginView.login", "signing in is how a Viewer gets in",
          "LoginView.logout", "signing out ends one's own session",
          "PasswordView.change", "everyone changes their own password (and must, at first)",
          "AccountsView.createToken", "everyone makes API tokens for their own account",
          "AccountsView.revoke", "revokes only a token of the caller's own account",
          "AccountsView.forgetSecret", "drops the just-shown secret from the page",
          "AdminZone.tell", "the browser tells its own session's time zone, for showing times");

  private static final Pattern PAGE_ACTION =
      Pattern.compile("(?:action|actionListener|listener)=\"#\\{(\\w+)\\.(\\w+)");

  @Test
  void everyActionOfAPageBeanIsForAdministratorsOrKnownToOnlyRead() throws IOException {
    Map<String, Class<?>> beans = pageBeans();
    assertTrue(beans.size() >= 5, "page beans found: " + beans.keySet());
    Set<String> actions = new TreeSet<>();
    beans.values().forEach(bean -> actions.addAll(voidActions(bean)));
    actions.addAll(pageActions(beans));
    List<String> unguarded = new ArrayList<>();
    for (String action : actions) {
      if (!READ_ONLY.containsKey(action) && !guarded(beans, action)) {
        unguarded.add(action);
      }
    }
    assertEquals(List.of(), unguarded, "actions neither @AdministratorOnly nor read-only");
    assertTrue(actions.containsAll(READ_ONLY.keySet()), "stale read-only entries: " + actions);
    assertTrue(actions.contains("StartView.startRun") && actions.contains("SyncSettingsView.save"));
  }

  @Test
  void aGuardedMethodCanBeIntercepted() {
    for (Class<?> bean : pageBeans().values()) {
      for (Method m : bean.getDeclaredMethods()) {
        if (m.isAnnotationPresent(AdministratorOnly.class)) {
          int mods = m.getModifiers();
          assertFalse(
              Modifier.isFinal(mods) || Modifier.isStatic(mods) || Modifier.isPrivate(mods),
              m + " cannot be intercepted");
        }
      }
      assertFalse(Modifier.isFinal(bean.getModifiers()), bean + " cannot be intercepted");
    }
  }

  @Test
  void theDashboardsReadingMethodsStayOpen() throws NoSuchMethodException {
    assertFalse(
        StartView.class.getMethod("getRecentRuns").isAnnotationPresent(AdministratorOnly.class));
    assertFalse(StartView.class.isAnnotationPresent(AdministratorOnly.class));
  }

  /**
   * Page beans by their EL name: {@code @Named} and of a normal scope (batch artifacts are not).
   */
  private static Map<String, Class<?>> pageBeans() {
    Map<String, Class<?>> beans = new TreeMap<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cync")) {
      if (c.isAnnotatedWith(Named.class) && c.isMetaAnnotatedWith(NormalScope.class)) {
        Class<?> bean = c.reflect();
        String named = bean.getAnnotation(Named.class).value();
        beans.put(named.isEmpty() ? decapitalize(bean.getSimpleName()) : named, bean);
      }
    }
    return beans;
  }

  /** Public void methods that are not setters: what a button can call. */
  private static List<String> voidActions(Class<?> bean) {
    List<String> out = new ArrayList<>();
    for (Method m : bean.getDeclaredMethods()) {
      boolean setter = m.getName().startsWith("set") && m.getParameterCount() == 1;
      if (Modifier.isPublic(m.getModifiers())
          && !Modifier.isStatic(m.getModifiers())
          && m.getReturnType() == void.class
          && !setter) {
        out.add(bean.getSimpleName() + "." + m.getName());
      }
    }
    return out;
  }

  /** Every {@code action="#{bean.method...}"} of the pages, whatever the method returns. */
  private static Set<String> pageActions(Map<String, Class<?>> beans) throws IOException {
    Set<String> out = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(Path.of("webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = PAGE_ACTION.matcher(Files.readString(page));
        while (m.find()) {
          Class<?> bean = beans.get(m.group(1));
          assertTrue(bean != null, page + " names an unknown bean " + m.group(1));
          out.add(bean.getSimpleName() + "." + m.group(2));
        }
      }
    }
    assertTrue(out.size() >= 10, "actions found in the pages: " + out);
    return out;
  }

  private static boolean guarded(Map<String, Class<?>> beans, String action) {
    String[] parts = action.split("\\.");
    Class<?> bean =
        beans.values().stream().filter(b -> b.getSimpleName().equals(parts[0])).findFirst().get();
    if (bean.isAnnotationPresent(AdministratorOnly.class)) {
      return true;
    }
    List<Method> named =
        Stream.of(bean.getMethods()).filter(m -> m.getName().equals(parts[1])).toList();
    assertFalse(named.isEmpty(), action + " is not a method of " + bean.getName());
    return named.stream().allMatch(m -> m.isAnnotationPresent(AdministratorOnly.class));
  }

  private static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
