// The attendee live page: the room with its interpretation channels and their player.
import { joinRoom } from "./attend-room.js";
import * as channels from "./attend-channels.js";

joinRoom(channels);
