/*
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.entraide.rest.internal;

import org.apache.cxf.jaxrs.openapi.OpenApiFeature;
import org.apache.cxf.jaxrs.swagger.ui.SwaggerUiConfig;

/** The OpenAPI 3 description of the API, generated from the resources CXF serves. */
final class OpenApi {

    private OpenApi() {
    }

    static OpenApiFeature feature(String address) {
        OpenApiFeature feature = new OpenApiFeature();
        feature.setTitle("Entraide API");
        feature.setDescription("Local mutual aid: requests and offers of help, local actors and their operations.");
        feature.setVersion("1");
        feature.setLicense("Apache-2.0");
        feature.setLicenseUrl("https://www.apache.org/licenses/LICENSE-2.0");
        // Classpath scanning finds nothing inside OSGi: describe exactly the resources of this server.
        feature.setScan(false);
        // Without it a rebuilt server would keep serving the document of the previous one.
        feature.setUseContextBasedConfig(true);
        feature.setPrettyPrint(true);
        feature.setSupportSwaggerUi(true);
        feature.setSwaggerUiConfig(new SwaggerUiConfig().url("/api" + address + "/openapi.json")
                .queryConfigEnabled(false));
        return feature;
    }
}
