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
package org.entraide.services.node;

import org.osgi.annotation.versioning.ProviderType;

/**
 * This node's configuration as far as the other nodes must share it: the installed features and every
 * territory's settings in force. Two nodes with the same inputs have the same fingerprint.
 */
@ProviderType
public interface NodeConfiguration {

    /**
     * Reads the inputs now, so that a feature installed or a territory file changed shows at once.
     *
     * @return the features and territory settings in force on this node
     */
    ConfigurationInputs inputs();
}
