// The text-only room (?text=1): the attendee's room without the channels' player, for slow links.
import { joinRoom } from "./attend-room.js";

joinRoom();
