/*
 * Copyright 2026 the Blendscore authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.blendscore.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM has no parent (so that importing it pins nothing but Blendscore), so nothing else keeps it
 * in step with the build: its version is the parent's, and it manages every published module, each at
 * the project version, and nothing more.
 */
class BomTest {

    private static Document pom(String... path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(Path.of("..", path).toFile());
    }

    private static String child(Element element, String name) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().trim();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + element.getTagName() + ">");
    }

    @Test
    void theBomListsThePublishedModulesAtTheProjectVersion() throws Exception {
        Element parent = pom("pom.xml").getDocumentElement();
        Element bom = pom("bom", "pom.xml").getDocumentElement();
        assertEquals(child(parent, "version"), child(bom, "version"), "bom/pom.xml's version must be the parent's");
        assertEquals(child(parent, "groupId"), child(bom, "groupId"), "bom/pom.xml's groupId");

        List<String> managed = new ArrayList<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            assertEquals("org.blendscore", child(d, "groupId"), "a BOM entry's groupId");
            assertEquals("${project.version}", child(d, "version"), "the version of " + child(d, "artifactId"));
            managed.add(child(d, "artifactId"));
        }
        assertEquals(List.of("blendscore-core", "blendscore-rubric-dsl", "blendscore-testkit", "blendscore-json", "blendscore-storage", "blendscore-documents", "blendscore-spark"), managed,
                "the BOM lists the published modules (not examples or benchmarks)");
        assertEquals(publishedModules(parent), managed, "every module that is deployed, except the BOM itself, is in the BOM");
    }

    @Test
    void theBomPinsItsPluginsAtTheParentsVersions() throws Exception {
        Map<String, String> parentVersions = pluginVersions(pom("pom.xml").getDocumentElement());
        Map<String, String> bomVersions = pluginVersions(pom("bom", "pom.xml").getDocumentElement());
        for (Map.Entry<String, String> plugin : bomVersions.entrySet()) {
            assertEquals(parentVersions.get(plugin.getKey()), plugin.getValue(), "bom/pom.xml's version of " + plugin.getKey());
        }
    }

    /** Every plugin of the pom's pluginManagement with its version, a ${property} resolved from the pom's properties. */
    private static Map<String, String> pluginVersions(Element pom) {
        Map<String, String> properties = new HashMap<>();
        NodeList propertyLists = pom.getElementsByTagName("properties");
        for (Node n = propertyLists.getLength() == 0 ? null : propertyLists.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                properties.put(e.getTagName(), e.getTextContent().trim());
            }
        }
        Map<String, String> versions = new HashMap<>();
        Element management = (Element) pom.getElementsByTagName("pluginManagement").item(0);
        NodeList plugins = management.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            String version = child(plugin, "version");
            if (version.startsWith("${")) {
                version = properties.get(version.substring(2, version.length() - 1));
            }
            versions.put(child(plugin, "artifactId"), version);
        }
        return versions;
    }

    /** The artifacts of the parent's modules that do not switch deployment off, in the parent's order. */
    private static List<String> publishedModules(Element parent) throws Exception {
        List<String> published = new ArrayList<>();
        NodeList modules = parent.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String module = modules.item(i).getTextContent().trim();
            Element pom = pom(module, "pom.xml").getDocumentElement();
            NodeList skip = pom.getElementsByTagName("maven.deploy.skip");
            boolean deployed = skip.getLength() == 0 || !"true".equals(skip.item(0).getTextContent().trim());
            if (deployed && !module.equals("bom")) {
                published.add(child(pom, "artifactId"));
            }
        }
        return published;
    }
}
