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
package org.entraide.rest.internal.operation;

import java.util.List;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import org.entraide.services.operation.OperationService;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.territory.Scope;
import org.entraide.services.territory.TerritoryService;
import org.entraide.rest.internal.Languages;
import org.entraide.rest.internal.RestResource;
import org.entraide.rest.internal.plugin.TypeScope;
import org.entraide.rest.internal.plugin.TypeView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /operation-types}: the installed operation types with their schemas: those enabled in the territory of
 * {@code lat}/{@code lon} or of the caller's home, all of them without either. */
@Path("/operation-types")
@Component(service = RestResource.class)
public class OperationTypesResource implements RestResource {

    @Reference
    private OperationService operations;

    @Reference
    private TerritoryService territories;

    @Reference
    private IdentityService identity;

    @Context
    private HttpHeaders headers;

    @Context
    private HttpServletRequest http;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<TypeView> operationTypes(@QueryParam("lat") String lat, @QueryParam("lon") String lon) {
        String language = Languages.preferred(headers).getLanguage();
        Scope scope = TypeScope.of(territories, identity, http, lat, lon).orElse(null);
        return operations.types().stream().filter(t -> scope == null || scope.allowsOperationType(t.key()))
                .map(t -> TypeView.of(t, language)).collect(Collectors.toList());
    }
}
