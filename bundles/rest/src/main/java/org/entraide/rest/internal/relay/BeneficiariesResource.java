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
package org.entraide.rest.internal.relay;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.entraide.services.paging.Page;
import org.entraide.services.relay.BeneficiaryChanges;
import org.entraide.services.relay.NewBeneficiary;
import org.entraide.services.relay.RelayService;
import org.entraide.rest.internal.Bodies;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.Pages;
import org.entraide.rest.internal.RestResource;
import org.entraide.rest.internal.geo.LatLon;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A relay's beneficiaries: {@code GET|POST /me/beneficiaries}, {@code GET|PATCH|DELETE /me/beneficiaries/{id}},
 * {@code GET /me/beneficiaries/{id}/export}. Only the relay that registered one finds it (others 404); the checks
 * are the relays service's, rights first (registering needs the role {@code RELAY}, 403), then the fields (422).
 */
@Path("/me/beneficiaries")
@Component(service = RestResource.class)
public class BeneficiariesResource implements RestResource {

    @Reference
    private RelayService relays;

    @Context
    private HttpServletRequest http;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> list() {
        return Pages.of(new Page<>(relays.beneficiaries(Callers.require(http)).stream().map(BeneficiaryView::of)
                .collect(Collectors.toList()), null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(BeneficiaryRequest request) {
        BeneficiaryRequest body = request == null ? new BeneficiaryRequest(null, null, null, null, null) : request;
        BeneficiaryRequest.ConsentRequest consent = body.consent();
        BeneficiaryView created = BeneficiaryView.of(relays.create(Callers.require(http), new NewBeneficiary(
                body.firstName(), body.commune(), LatLon.latOf(body.location()), LatLon.lonOf(body.location()),
                body.phone(), consent == null ? null : consent.obtainedAt(),
                consent == null ? null : consent.method())));
        return Response.created(URI.create("me/beneficiaries/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public BeneficiaryView get(@PathParam("id") String id) {
        return BeneficiaryView.of(relays.beneficiary(Callers.require(http), id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public BeneficiaryView change(@PathParam("id") String id, BeneficiaryRequest request) {
        BeneficiaryRequest body = Bodies.required(request);
        return BeneficiaryView.of(relays.update(Callers.require(http), id, new BeneficiaryChanges(body.firstName(),
                body.commune(), LatLon.latOf(body.location()), LatLon.lonOf(body.location()), body.phone())));
    }

    @DELETE
    @Path("/{id}")
    public Response erase(@PathParam("id") String id) {
        relays.erase(Callers.require(http), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/export")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> export(@PathParam("id") String id) {
        return relays.export(Callers.require(http), id);
    }
}
