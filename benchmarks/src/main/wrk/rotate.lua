-- Licensed under the Apache License, Version 2.0 (the "License");
-- you may not use this file except in compliance with the License.
-- You may obtain a copy of the License at
--
--     http://www.apache.org/licenses/LICENSE-2.0
--
-- Unless required by applicable law or agreed to in writing, software
-- distributed under the License is distributed on an "AS IS" BASIS,
-- WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
-- See the License for the specific language governing permissions and
-- limitations under the License.

-- wrk script: each request takes the next path of a file (one path a line, as printed by
-- org.entraide.benchmarks.FeedUrls), round robin; each wrk thread starts at another offset.
-- Usage: wrk -t1 -c1 -d30s --latency -s rotate.lua http://localhost:18181 -- urls.txt [first line, from 0]
-- Non-2xx answers are counted by wrk ("Non-2xx or 3xx responses") and must be zero.

local paths = {}
local next_index = 1
local thread_count = 0

function setup(thread)
    thread:set("offset", thread_count)
    thread_count = thread_count + 1
end

function init(args)
    local file = assert(io.open(args[1], "r"), "cannot open " .. tostring(args[1]))
    for line in file:lines() do
        if #line > 0 then
            paths[#paths + 1] = line
        end
    end
    file:close()
    assert(#paths > 0, "no paths in " .. args[1])
    -- A long list (distinct centres, FeedUrls ... homes) is split between the threads, and may start further on
    -- (second argument) so that successive runs do not ask the same centres again.
    local stride = #paths > 10000 and math.floor(#paths / 4) or 97
    next_index = ((tonumber(args[2]) or 0) + (offset or 0) * stride) % #paths + 1
end

function request()
    local path = paths[next_index]
    next_index = next_index % #paths + 1
    return wrk.format("GET", path)
end
