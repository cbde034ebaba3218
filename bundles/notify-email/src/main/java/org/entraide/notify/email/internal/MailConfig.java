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
package org.entraide.notify.email.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The operator's SMTP settings, configuration PID {@code org.entraide.mail} (etc/org.entraide.mail.cfg). */
@ObjectClassDefinition(id = "org.entraide.mail", name = "Entraide mail",
        description = "The SMTP server that sends mails to residents, and the public address used in links.")
public @interface MailConfig {

    /**
     * The SMTP server's name; empty: nothing is sent, mails wait.
     *
     * @return a host name or address
     */
    @AttributeDefinition(name = "SMTP host", required = false,
            description = "The SMTP server; while empty, nothing is sent and mails wait in the outbox.")
    String host() default "";

    /**
     * The SMTP server's port.
     *
     * @return 1 to 65535
     */
    @AttributeDefinition(name = "SMTP port", description = "Usually 587 (submission with STARTTLS) or 25.")
    int port() default 587;

    /**
     * Whether the connection must be upgraded with STARTTLS.
     *
     * @return true to require it
     */
    @AttributeDefinition(name = "STARTTLS", description = "Require STARTTLS on the connection.")
    boolean startTls() default true;

    /**
     * The account on the SMTP server; empty: no sign-in.
     *
     * @return a user name
     */
    @AttributeDefinition(name = "User name", required = false, description = "Empty for a server without sign-in.")
    String username() default "";

    /**
     * The password of that account.
     *
     * @return a password
     */
    @AttributeDefinition(name = "Password", required = false, type = AttributeType.PASSWORD,
            description = "The password of the SMTP account.")
    String password() default "";

    /**
     * The sender of mails.
     *
     * @return an address, with or without a name, such as {@code Entraide <entraide@example.org>}
     */
    @AttributeDefinition(name = "From", required = false,
            description = "The sender, such as Entraide <entraide@example.org>; required once the host is set.")
    String from() default "";

    /**
     * The public address of the platform.
     *
     * @return an http or https URL without a trailing slash
     */
    @AttributeDefinition(name = "Public address", description = "The platform's public address, used in links.")
    String baseUrl() default "http://localhost:8181";
}
