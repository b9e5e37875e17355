"""Users and posts: the reference data every case points to."""

from __future__ import annotations

from sqlalchemy import select

from consular.db.models import Post, User
from consular.domain import validation as v
from consular.domain.enums import PostKind, UserRole
from consular.domain.errors import NotFoundError, ValidationError
from consular.domain.timeutil import zone
from consular.i18n import translate
from consular.services import at_rest
from consular.services.context import ServiceContext
from consular.services.convert import post_view, user_view
from consular.services.permissions import action
from consular.services.views import PostView, UserView


@action("reference_data.list_users")
def list_users(ctx: ServiceContext, *, active_only: bool = True) -> list[UserView]:
    with ctx.transaction() as session:
        stmt = select(User).order_by(User.display_name)
        if active_only:
            stmt = stmt.where(User.active.is_(True))
        return [user_view(u) for u in session.scalars(stmt)]


@action("reference_data.list_posts")
def list_posts(ctx: ServiceContext) -> list[PostView]:
    with ctx.transaction() as session:
        return [post_view(p) for p in session.scalars(select(Post).order_by(Post.code))]


@action("reference_data.save_user")
def save_user(
    ctx: ServiceContext,
    *,
    username: str,
    display_name: str,
    role: str | UserRole = "caseworker",
    email: str | None = None,
) -> UserView:
    """Create or update a user's name, role and e-mail (administrators only; see the matrix).

    A user made here has no password and cannot sign in until one is set
    (:func:`consular.services.accounts.reset_password`); :func:`consular.services.accounts.add_user`
    does both at once. Raises ValidationError for a bad name, role or e-mail.
    """
    name = v.clean_text(username, "username", required=True, max_length=64).lower()
    if " " in name:
        raise ValidationError(
            "username", translate("services.reference_data", "A user name cannot contain spaces (use e.g. a.sharma).")
        )
    display = v.clean_text(display_name, "display_name", required=True, max_length=200, label="display name")
    role_value = UserRole.parse(role, "role") if not isinstance(role, UserRole) else role
    mail = v.email(email)
    with ctx.writing() as session:
        user = session.scalar(select(User).where(User.username == name))
        before = None
        if user is None:
            user = User(
                username=name, display_name=display, role=role_value, email=mail, active=True, created_at=ctx.now()
            )
            session.add(user)
            what = "user.create"
        else:
            before = {"display_name": user.display_name, "role": user.role, "email": user.email}
            user.display_name, user.role, user.email = display, role_value, mail
            what = "user.update"
        session.flush()
        ctx.audit(
            session,
            what,
            "user",
            user.id,
            before=before,
            after={"username": name, "display_name": display, "role": role_value, "email": mail},
        )
        return user_view(user)


@action("reference_data.save_post")
def save_post(
    ctx: ServiceContext, *, code: str, name: str, kind: str | PostKind, country: str, city: str, timezone: str
) -> PostView:
    """Create or update a post (embassy, consulate, ministry desk) by its code."""
    post_code = v.post_code(code)
    title = v.clean_text(name, "name", required=True, max_length=200)
    kind_value = kind if isinstance(kind, PostKind) else PostKind.parse(kind, "kind")
    iso = v.country_code(country)
    town = v.clean_text(city, "city", required=True, max_length=120)
    zone(timezone)
    with ctx.writing() as session:
        post = session.scalar(select(Post).where(Post.code == post_code))
        before = None
        if post is None:
            post = Post(code=post_code, name=title, kind=kind_value, country=iso, city=town, timezone=timezone)
            session.add(post)
            action = "post.create"
        else:
            before = {
                "name": post.name,
                "kind": post.kind,
                "country": post.country,
                "city": post.city,
                "timezone": post.timezone,
            }
            post.name, post.kind, post.country, post.city, post.timezone = title, kind_value, iso, town, timezone
            action = "post.update"
        session.flush()
        ctx.audit(
            session,
            action,
            "post",
            post.id,
            before=before,
            after={
                "code": post_code,
                "name": title,
                "kind": kind_value,
                "country": iso,
                "city": town,
                "timezone": timezone,
            },
        )
        view = post_view(post)
    # An encrypted file keeps its posts' names in the clear beside its key slots, for the
    # sign-in dialog to show before anyone has unlocked it.
    at_rest.posts_changed(ctx.database)
    return view


def user_id_for(session, username: str | None, field: str) -> int | None:
    """Resolve a username given to a service (None/empty stays None)."""
    if not username:
        return None
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise ValidationError(
            field,
            translate(
                "services.reference_data", "There is no user '{username}'; pick one from the list of staff."
            ).format(username=username),
        )
    return user.id


def post_for(session, code: str) -> Post:
    post = session.scalar(select(Post).where(Post.code == (code or "").strip().upper()))
    if post is None:
        raise NotFoundError(
            translate("services.reference_data", "There is no post with code '{code}'. Add the post first.").format(
                code=code
            )
        )
    return post
