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
package org.entraide.itests;

import static org.junit.Assert.assertEquals;

/** The posts and answers the notification tests make (email, digests, web push): a request, and an answer to it. */
final class Posting {

    private Posting() {
    }

    /** Posts a request for errands at this place, as this resident; returns its id. */
    static String request(Api api, String token, String title, double[] at) throws Exception {
        String body = "{\"kind\":\"REQUEST\",\"category\":\"errands\",\"title\":\"" + title
                + "\",\"body\":\"Merci d'avance pour un coup de main.\",\"location\":{\"lat\":" + at[0]
                + ",\"lon\":" + at[1] + "}}";
        Api.Reply created = api.post("/posts", body, token);
        assertEquals(created.toString(), 201, created.status());
        return created.json().path("id").asText();
    }

    /** Answers the post as this helper; returns the conversation's id. */
    static String answer(Api api, String post, String helper) throws Exception {
        Api.Reply answer = api.post("/posts/" + post + "/responses", "{\"message\":\"Je peux passer demain.\"}",
                helper);
        assertEquals(answer.toString(), 201, answer.status());
        return answer.json().path("id").asText();
    }
}
