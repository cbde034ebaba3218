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
package org.entraide.identity.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of {@code etc/org.entraide.identity.cfg}. */
@ObjectClassDefinition(name = "Entraide identity")
public @interface IdentityConfig {

    @AttributeDefinition(description = "Hours a session lasts after sign-in")
    int sessionTtlHours() default 336;

    @AttributeDefinition(description = "Minimum password length")
    int passwordMinLength() default 10;

    @AttributeDefinition(description = "Minimum estimated entropy of a password, in bits (nbvcxz)")
    double passwordMinEntropyBits() default 35;

    @AttributeDefinition(description = "Argon2id memory, KiB")
    int argon2MemoryKiB() default 19456;

    @AttributeDefinition(description = "Argon2id iterations")
    int argon2Iterations() default 2;

    @AttributeDefinition(description = "Argon2id parallelism")
    int argon2Parallelism() default 1;

    @AttributeDefinition(description = "Window over which failed sign-ins are counted, minutes")
    int loginWindowMinutes() default 15;

    @AttributeDefinition(description = "Failed sign-ins for one email from one client address that are not slowed;"
            + " each further attempt of that pair waits (429 with Retry-After)")
    int loginSlowdownAfter() default 5;

    @AttributeDefinition(description = "First wait past the free failures, milliseconds, doubled at each further"
            + " failure, at most the window")
    int loginSlowdownStepMillis() default 1000;

    @AttributeDefinition(description = "Failed sign-ins from one client address within the window, whatever the"
            + " email, before refusal (429); high enough for many residents behind one shared address")
    int loginMaxFailuresPerAddress() default 300;

    @AttributeDefinition(description = "Successful sign-ins to one account per minute before refusal (429)")
    int signInsPerAccountPerMinute() default 10;

    @AttributeDefinition(description = "Live sessions per account: signing in beyond revokes the oldest")
    int maxSessionsPerAccount() default 20;

    @AttributeDefinition(description = "Accounts created from one client address per hour before refusal (429)")
    int registrationsPerAddressPerHour() default 10;

    @AttributeDefinition(description = "Hours an email verification link stays valid")
    int verificationTtlHours() default 72;

    @AttributeDefinition(description = "Seconds between two verification links mailed to one account")
    int verificationResendSeconds() default 60;

    @AttributeDefinition(description = "Verification links mailed to one account per day at most")
    int verificationMaxPerDay() default 5;

    @AttributeDefinition(description = "Minutes a password reset link stays valid")
    int resetTtlMinutes() default 60;

    @AttributeDefinition(description = "Password reset links mailed to one account per hour at most (more are dropped"
            + " silently)")
    int resetMaxPerEmailPerHour() default 3;

    @AttributeDefinition(description = "Password reset requests from one client address per 15 minutes before refusal"
            + " (429)")
    int resetMaxPerAddress() default 10;

    @AttributeDefinition(description = "Seconds between two runs of the job that reinstates the accounts whose"
            + " suspension has ended (at least 5); signing in also reinstates a due account at once")
    int suspensionCheckSeconds() default 60;
}
