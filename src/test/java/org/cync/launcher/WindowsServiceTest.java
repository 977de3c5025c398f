package org.cync.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The WinSW configuration of src/main/dist/windows, as far as it can be checked off Windows: the
 * XML is well formed, runs cync.jar with the data under ProgramData, restarts on failure, and holds
 * no secret. (It has never run on Windows: service.md says what was and was not tried.)
 */
class WindowsServiceTest {
  static final Path CONFIG = Path.of("src/main/dist/windows/cync-service.xml");

  @Test
  void winswRunsTheJarWithItsDataUnderProgramDataAndRestartsOnFailure() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document xml = factory.newDocumentBuilder().parse(CONFIG.toFile());
    Element service = xml.getDocumentElement();
    assertEquals("service", service.getTagName());
    assertEquals("cync", text(service, "id"));
    assertTrue(text(service, "executable").endsWith("\\bin\\java.exe"));
    String arguments = text(service, "arguments");
    assertTrue(arguments.contains("-Dcync.data.dir=\"%ProgramData%\\CYNC\\data\""), arguments);
    assertTrue(arguments.endsWith("-jar \"%BASE%\\cync.jar\""), arguments);
    assertEquals(
        "restart",
        ((Element) service.getElementsByTagName("onfailure").item(0)).getAttribute("action"));
    assertEquals("NT SERVICE\\cync", text(service, "username"));
  }

  @Test
  void noPasswordIsInTheConfiguration() throws Exception {
    String text = Files.readString(CONFIG);
    assertFalse(text.contains("<password>"), "service account without a password");
    assertFalse(text.matches("(?s).*<env name=\"[A-Z_]*PASSWORD\".*"), "passwords as credentials");
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
  }
}
